package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.analysis.DependencyGraph;

/**
 * One way a sentence states a commitment as made: a trigger word (a signing verb, a giving verb, a
 * funding noun) and what is read around it. {@link FrameReading} runs the frames in priority
 * order; an amount a frame claims is not read again by a later one.
 */
sealed interface CommitmentFrame permits SignedDocumentFrame, MoneyGivenFrame, FundingNounFrame {

    /** Whether token {@code i} can open this frame. */
    boolean triggers(DependencyGraph p, int i);

    /** Reads the frame at its trigger, adding drafts to {@code out} and claiming their amounts. */
    void readAt(SentenceFacts sentence, int trigger, List<Draft> out);

    /** The drafts of this frame in {@code sentence}, in trigger order. */
    default List<Draft> read(SentenceFacts sentence) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < sentence.parse.size(); i++) {
            if (triggers(sentence.parse, i)) {
                readAt(sentence, i, out);
            }
        }
        return out;
    }
}

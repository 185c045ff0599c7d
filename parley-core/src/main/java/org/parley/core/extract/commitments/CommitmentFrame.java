package org.parley.core.extract.commitments;

import java.util.List;

/**
 * One way a sentence states a commitment as made. {@link FrameReading} runs the frames in
 * priority order; an amount a frame claims is not read again by a later one.
 */
sealed interface CommitmentFrame permits SignedDocumentFrame, MoneyGivenFrame, FundingNounFrame {

    /** The drafts the frame reads in {@code sentence}, in token order; their amounts are claimed. */
    List<Draft> read(SentenceFacts sentence);
}

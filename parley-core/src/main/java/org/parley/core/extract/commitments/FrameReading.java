package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.model.Sentence;

/**
 * Reads {@link Fact#BODY_SENTENCES}, {@link Fact#ACTOR_MENTIONS} and {@link Fact#AMOUNTS}, adds
 * {@link Fact#DRAFTS}: each body sentence read by the frames, drafts in sentence then trigger order.
 */
final class FrameReading extends CommitmentPass {

    /**
     * The frames in priority order: a signed document claims its amount before a giving verb, and
     * both before a funding noun ("signed a loan agreement of $X": one loan, not also funding).
     */
    private static final List<CommitmentFrame> FRAMES = List.of(new SignedDocumentFrame(), new MoneyGivenFrame(),
            new FundingNounFrame());

    FrameReading() {
        super(Set.of(Fact.BODY_SENTENCES, Fact.ACTOR_MENTIONS, Fact.AMOUNTS), Set.of(Fact.DRAFTS));
    }

    @Override
    CommitmentReading apply(CommitmentReading reading) {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : reading.body()) {
            SentenceFacts facts = new SentenceFacts(reading.analysis(), sentence.index(),
                    reading.actorsIn(sentence.index()), reading.amounts().get(sentence.index()));
            List<Draft> found = new ArrayList<>();
            FRAMES.forEach(frame -> found.addAll(frame.read(facts)));
            found.sort(Comparator.comparingInt(Draft::trigger));
            drafts.addAll(found);
        }
        return reading.withDrafts(drafts);
    }
}

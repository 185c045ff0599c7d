package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@link Fact#DRAFTS}, adds {@link Fact#MERGED_DRAFTS}: mentions of the same commitment
 * within the article ({@link Draft#sameCommitment}: same kind, same or missing amount, a shared
 * party) merged into the first, which takes the later ones' missing amount, title and parties.
 */
final class SameCommitmentMerge extends CommitmentPass {

    SameCommitmentMerge() {
        super(Set.of(Fact.DRAFTS), Set.of(Fact.MERGED_DRAFTS));
    }

    @Override
    CommitmentReading apply(CommitmentReading reading) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : reading.drafts()) {
            int same = firstSame(out, d);
            if (same < 0) {
                out.add(d);
            } else {
                out.set(same, out.get(same).absorbing(d));
            }
        }
        return reading.withDrafts(out);
    }

    private static int firstSame(List<Draft> kept, Draft d) {
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).sameCommitment(d)) {
                return i;
            }
        }
        return -1;
    }
}

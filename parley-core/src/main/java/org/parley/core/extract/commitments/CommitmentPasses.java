package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A list of {@link CommitmentPass passes} checked at construction: each reads only facts the
 * caller gives ({@link #GIVEN}) or an earlier pass adds, and the last ones add the
 * {@link Fact#COMMITMENTS}. Immutable and thread-safe when its passes are.
 */
final class CommitmentPasses {

    /** What the caller of {@link CommitmentExtractor#extract} gives. */
    static final Set<Fact> GIVEN = EnumSet.of(Fact.SENTENCES, Fact.ENTITIES, Fact.ACTOR_MENTIONS);

    private final List<CommitmentPass> passes;

    /**
     * @throws IllegalStateException naming the first pass that reads a fact nothing before it
     *                               adds, or when no pass adds the commitments
     */
    CommitmentPasses(List<CommitmentPass> passes) {
        this.passes = List.copyOf(passes);
        Set<Fact> known = EnumSet.copyOf(GIVEN);
        List<String> before = new ArrayList<>();
        for (CommitmentPass pass : this.passes) {
            Set<Fact> missing = EnumSet.noneOf(Fact.class);
            missing.addAll(pass.reads());
            missing.removeAll(known);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("commitment pass " + pass.name() + " reads " + missing
                        + ", which neither the caller nor an earlier pass " + before + " adds");
            }
            known.addAll(pass.adds());
            before.add(pass.name());
        }
        if (!known.contains(Fact.COMMITMENTS)) {
            throw new IllegalStateException("no commitment pass of " + before + " adds " + Fact.COMMITMENTS);
        }
    }

    CommitmentReading run(CommitmentReading reading) {
        CommitmentReading r = reading;
        for (CommitmentPass pass : passes) {
            r = pass.apply(r);
        }
        return r;
    }
}

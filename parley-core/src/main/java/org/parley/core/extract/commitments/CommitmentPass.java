package org.parley.core.extract.commitments;

import java.util.Set;

/**
 * One step of reading an article's commitments: it declares the {@link Fact facts} it reads and
 * the ones it adds, and returns the reading with what it added. {@link CommitmentPasses} checks at
 * construction that every fact a pass reads is given or added by an earlier pass. Passes hold no
 * per-article state and are thread-safe.
 */
abstract sealed class CommitmentPass
        permits BodySentences, AmountFinder, FrameReading, SameCommitmentMerge, CommitmentAssembly {

    private final Set<Fact> reads;
    private final Set<Fact> adds;

    CommitmentPass(Set<Fact> reads, Set<Fact> adds) {
        this.reads = Set.copyOf(reads);
        this.adds = Set.copyOf(adds);
    }

    final Set<Fact> reads() {
        return reads;
    }

    final Set<Fact> adds() {
        return adds;
    }

    /** The pass's name in messages. */
    final String name() {
        return getClass().getSimpleName();
    }

    abstract CommitmentReading apply(CommitmentReading reading);
}

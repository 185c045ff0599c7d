package org.parley.core.extract.commitments;

import java.util.Set;

/**
 * One step of reading an article's commitments: it declares the {@link Fact facts} it reads and
 * the ones it adds, and returns the reading with what it added. {@link CommitmentPasses} checks at
 * construction that every fact a pass reads is given or added by an earlier pass. Implementations
 * hold no per-article state and are thread-safe.
 */
interface CommitmentPass {

    Set<Fact> reads();

    Set<Fact> adds();

    CommitmentReading apply(CommitmentReading reading);

    /** The pass's name in messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}

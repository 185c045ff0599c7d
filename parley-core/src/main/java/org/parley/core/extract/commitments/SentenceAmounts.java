package org.parley.core.extract.commitments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;

/**
 * The amounts of one sentence and which of them a frame has already claimed: an amount states
 * one commitment, so a later frame does not read it again. Where an amount stands relative to a
 * word is decided here. Built per sentence and call, never shared.
 */
final class SentenceAmounts {

    /** Tokens that end the stretch in which a verb's amount may follow it. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "to");
    private static final Set<String> AMOUNT_LINKS = CommitmentWords.of("amount_links");

    private final DependencyGraph p;
    private final List<Amount> amounts;
    private final Set<Amount> claimed = new HashSet<>();

    SentenceAmounts(DependencyGraph p, List<Amount> amounts) {
        this.p = p;
        this.amounts = List.copyOf(amounts);
    }

    void claim(Amount amount) {
        claimed.add(amount);
    }

    boolean claimed(Amount amount) {
        return claimed.contains(amount);
    }

    /** Whether token {@code t} is part of an amount, claimed or not. */
    boolean covers(int t) {
        return amounts.stream().anyMatch(a -> a.covers(t));
    }

    /** The first unclaimed amount with a token among {@code tokens}, or null. */
    Amount in(Set<Integer> tokens) {
        return amounts.stream().filter(a -> !claimed.contains(a) && a.within(tokens)).findFirst().orElse(null);
    }

    /** The amount starting within a few words after {@code i} ("pledged an additional $20 million"), or null. */
    Amount after(int i) {
        for (Amount a : amounts) {
            if (claimed.contains(a) || a.begin() <= i || a.begin() > i + 4) {
                continue;
            }
            boolean clear = true;
            for (int t = i + 1; t < a.begin(); t++) {
                clear &= !p.isVerb(t) && !CLAUSE_BREAKS.contains(p.lower(t));
            }
            if (clear) {
                return a;
            }
        }
        return null;
    }

    /** The amount right after a funding noun and its link ("package of $4 million", "loan worth $X"), or null. */
    Amount rightAfter(int noun) {
        for (Amount a : amounts) {
            if (!claimed.contains(a) && a.begin() == noun + 2 && AMOUNT_LINKS.contains(p.lower(noun + 1))) {
                return a;
            }
        }
        return null;
    }
}

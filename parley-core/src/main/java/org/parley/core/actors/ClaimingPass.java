package org.parley.core.actors;

import java.util.List;

/**
 * The loop most actor passes share: read a sentence token by token, passing over the tokens an
 * earlier pass claimed, and ask the pass's rule ({@link #at}) what starts at each token; what the
 * rule finds is claimed and added ({@link ArticleReading#claim(Reference)}), and reading goes on
 * where the rule says. A pass keeps only its rule — what it matches and what reference that makes —
 * and its {@link Contract}. Passes that first revise the references of the sentence (a country
 * grown over its noun) do so in {@link #read} before calling {@link #scan}. Subclasses are
 * stateless and thread-safe.
 */
abstract class ClaimingPass implements SentencePass {

    /**
     * What a rule found at a token.
     *
     * @param found the references to claim and add: none, one, or the members of one group over the same tokens
     * @param next  the token to read on from
     */
    record Step(List<Reference> found, int next) {

        Step {
            found = List.copyOf(found);
        }

        /** Nothing starts at token {@code i}: read on at the next token. */
        static Step nothingAt(int i) {
            return new Step(List.of(), i + 1);
        }

        /** Nothing starts before token {@code next}: the tokens up to it are passed over unclaimed. */
        static Step skipTo(int next) {
            return new Step(List.of(), next);
        }

        /** A reference found: read on after it. */
        static Step found(Reference r) {
            return new Step(List.of(r), r.end());
        }
    }

    private final Contract contract;

    ClaimingPass(Contract contract) {
        this.contract = contract;
    }

    @Override
    public final Contract contract() {
        return contract;
    }

    @Override
    public void read(ArticleReading r, int s) {
        scan(r, s);
    }

    /** Reads sentence {@code s} token by token with {@link #at}, claiming and adding what it finds. */
    final void scan(ArticleReading r, int s) {
        int i = 0;
        while (i < r.tokens(s).size()) {
            if (!reads(r, s, i)) {
                i++;
                continue;
            }
            Step step = at(r, s, i);
            step.found().forEach(r::claim);
            i = step.next();
        }
    }

    /** Whether the rule reads token {@code i}: by default, only a token no pass has claimed. */
    boolean reads(ArticleReading r, int s, int i) {
        return !r.isClaimed(s, i);
    }

    /** The pass's rule: what starts at token {@code i} of sentence {@code s}. */
    abstract Step at(ArticleReading r, int s, int i);
}

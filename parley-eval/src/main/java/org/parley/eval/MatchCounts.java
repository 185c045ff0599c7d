package org.parley.eval;

/**
 * Counts behind precision, recall and F1: how many predictions matched gold items, out of how many
 * predictions and how many gold items. Immutable; {@link #plus} adds two counts (micro-averaging).
 *
 * <p>Empty denominators give 0 (nothing predicted: precision 0; nothing in gold: recall 0), the
 * convention of the TempEval-3 and CoNLL scorers.
 *
 * @param matched   predictions that matched a gold item (true positives)
 * @param predicted all predictions
 * @param gold      all gold items
 */
public record MatchCounts(int matched, int predicted, int gold) {

    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

    public MatchCounts {
        if (matched < 0 || predicted < 0 || gold < 0) {
            throw new IllegalArgumentException("negative count: " + matched + "/" + predicted + "/" + gold);
        }
        if (matched > predicted || matched > gold) {
            throw new IllegalArgumentException("more matches (" + matched + ") than predictions (" + predicted
                    + ") or gold items (" + gold + ")");
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    /** {@code P 0.750 R 0.600 F1 0.667 (3/4 of 5)}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d of %d)", precision(), recall(), f1(),
                matched, predicted, gold);
    }
}

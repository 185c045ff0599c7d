package org.parley.eval.tempeval;

import org.parley.eval.MatchCounts;

/**
 * TempEval-3 style scores of time expression extraction and normalization, summed over documents.
 *
 * @param strict       exact span matches
 * @param relaxed      overlapping span matches (one-to-one)
 * @param value        relaxed matches whose value is also equal: TempEval-3's "value" P/R/F1
 * @param type         relaxed matches whose type is also equal: TempEval-3's "type" P/R/F1
 */
public record TimexScore(MatchCounts strict, MatchCounts relaxed, MatchCounts value, MatchCounts type) {

    public static final TimexScore ZERO = new TimexScore(MatchCounts.ZERO, MatchCounts.ZERO, MatchCounts.ZERO,
            MatchCounts.ZERO);

    public TimexScore plus(TimexScore other) {
        return new TimexScore(strict.plus(other.strict), relaxed.plus(other.relaxed), value.plus(other.value),
                type.plus(other.type));
    }

    /** Of the relaxed matches, the share with the gold value (0 when nothing matched). */
    public double valueAccuracy() {
        return relaxed.matched() == 0 ? 0 : (double) value.matched() / relaxed.matched();
    }

    /** Of the relaxed matches, the share with the gold type (0 when nothing matched). */
    public double typeAccuracy() {
        return relaxed.matched() == 0 ? 0 : (double) type.matched() / relaxed.matched();
    }
}

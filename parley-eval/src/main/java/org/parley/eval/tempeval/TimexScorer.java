package org.parley.eval.tempeval;

import java.util.List;
import org.parley.eval.MatchCounts;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

/**
 * Scores predicted time expressions of one document against its gold TIMEX3, as the TempEval-3
 * scorer does: each gold expression is paired with at most one prediction and vice versa; exact
 * spans are paired first (strict matches), then overlapping ones (relaxed matches include the
 * strict ones). Value and type are compared as strings on relaxed matches.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimexScorer {

    /** The scores of {@code predicted} against {@code gold} (same text, same offsets). */
    public TimexScore score(List<GoldTimex> gold, List<TimeExpression> predicted) {
        int[] pairOfGold = pairs(gold, predicted);
        int strict = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (pairOfGold[g] >= 0 && predicted.get(pairOfGold[g]).span().equals(gold.get(g).span())) {
                strict++;
            }
        }
        int relaxed = 0;
        int values = 0;
        int types = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (pairOfGold[g] < 0) {
                continue;
            }
            relaxed++;
            TimeExpression p = predicted.get(pairOfGold[g]);
            if (gold.get(g).value().equals(p.value() == null ? "" : p.value())) {
                values++;
            }
            if (gold.get(g).type().equals(p.type())) {
                types++;
            }
        }
        int n = predicted.size();
        int m = gold.size();
        return new TimexScore(new MatchCounts(strict, n, m), new MatchCounts(relaxed, n, m),
                new MatchCounts(values, n, m), new MatchCounts(types, n, m));
    }

    /**
     * For each gold expression, the index of the prediction paired with it, or -1: exact spans first,
     * then overlaps, each prediction used once.
     */
    static int[] pairs(List<GoldTimex> gold, List<TimeExpression> predicted) {
        int[] pairOfGold = new int[gold.size()];
        boolean[] predictionUsed = new boolean[predicted.size()];
        java.util.Arrays.fill(pairOfGold, -1);
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!predictionUsed[p] && predicted.get(p).span().equals(gold.get(g).span())) {
                    pairOfGold[g] = p;
                    predictionUsed[p] = true;
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (pairOfGold[g] >= 0) {
                continue;
            }
            Span span = gold.get(g).span();
            for (int p = 0; p < predicted.size(); p++) {
                if (!predictionUsed[p] && predicted.get(p).span().overlaps(span)) {
                    pairOfGold[g] = p;
                    predictionUsed[p] = true;
                    break;
                }
            }
        }
        return pairOfGold;
    }
}

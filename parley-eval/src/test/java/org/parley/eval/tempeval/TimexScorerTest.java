package org.parley.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.MatchCounts;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

class TimexScorerTest {

    private static GoldTimex gold(int begin, int end, String type, String value) {
        return new GoldTimex("t" + begin, new Span(begin, end), type, value);
    }

    private static TimeExpression predicted(int begin, int end, String type, String value) {
        return new TimeExpression("x".repeat(end - begin), new Span(begin, end), type, value, 0);
    }

    @Test
    void scoresStrictRelaxedValueAndTypeAsComputedByHand() {
        List<GoldTimex> gold = List.of(
                gold(0, 9, "DATE", "2024-03-25"),      // exact span, right value
                gold(20, 32, "DURATION", "P2W"),       // overlapped ("two weeks" 23-32), wrong value
                gold(50, 61, "DURATION", "P3Y"));      // missed
        List<TimeExpression> predicted = List.of(
                predicted(0, 9, "DATE", "2024-03-25"),
                predicted(23, 32, "DATE", "P2W-wrong"),
                predicted(70, 75, "DATE", "2024"));    // spurious
        TimexScore s = new TimexScorer().score(gold, predicted);
        assertThat(s.strict()).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(s.relaxed()).isEqualTo(new MatchCounts(2, 3, 3));
        assertThat(s.value()).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(s.type()).isEqualTo(new MatchCounts(1, 3, 3));
        assertThat(s.relaxed().f1()).isEqualTo(2.0 / 3);
        assertThat(s.valueAccuracy()).isEqualTo(0.5);
    }

    @Test
    void eachGoldExpressionPairsWithOnePredictionAndExactSpansComeFirst() {
        // Two predictions overlap the first gold; the exact one must be paired with the second gold.
        List<GoldTimex> gold = List.of(gold(0, 10, "DATE", "A"), gold(5, 10, "DATE", "B"));
        List<TimeExpression> predicted = List.of(predicted(5, 10, "DATE", "B"));
        TimexScore s = new TimexScorer().score(gold, predicted);
        assertThat(s.strict().matched()).isEqualTo(1);
        assertThat(s.relaxed().matched()).isEqualTo(1);
        assertThat(s.value().matched()).isEqualTo(1);
    }

    @Test
    void aMissingPredictedValueNeverEqualsAGoldValue() {
        TimexScore s = new TimexScorer().score(List.of(gold(0, 4, "DATE", "2024")),
                List.of(predicted(0, 4, "DATE", null)));
        assertThat(s.value().matched()).isZero();
        assertThat(s.strict().matched()).isEqualTo(1);
    }
}

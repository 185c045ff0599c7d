package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatchCountsTest {

    @Test
    void computesPrecisionRecallAndF1ByHand() {
        MatchCounts c = new MatchCounts(3, 4, 6);
        assertThat(c.precision()).isEqualTo(0.75);
        assertThat(c.recall()).isEqualTo(0.5);
        assertThat(c.f1()).isCloseTo(2 * 0.75 * 0.5 / 1.25, within(1e-12)); // 0.6
    }

    @Test
    void emptyDenominatorsGiveZeroNotNaN() {
        assertThat(MatchCounts.ZERO.precision()).isZero();
        assertThat(MatchCounts.ZERO.recall()).isZero();
        assertThat(MatchCounts.ZERO.f1()).isZero();
        assertThat(new MatchCounts(0, 0, 5).f1()).isZero();
    }

    @Test
    void plusMicroAveragesCounts() {
        MatchCounts sum = new MatchCounts(1, 1, 2).plus(new MatchCounts(0, 3, 0));
        assertThat(sum).isEqualTo(new MatchCounts(1, 4, 2));
        assertThat(sum.precision()).isEqualTo(0.25);
        assertThat(sum.recall()).isEqualTo(0.5);
    }

    @Test
    void rejectsMoreMatchesThanPredictions() {
        assertThatThrownBy(() -> new MatchCounts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more matches");
    }
}

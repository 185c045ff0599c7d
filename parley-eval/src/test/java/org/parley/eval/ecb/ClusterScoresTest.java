package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x", "c", "y"), gold);
        assertThat(s.pairwiseF1()).isEqualTo(1.0);
        assertThat(s.b3F1()).isEqualTo(1.0);
        assertThat(s.clusters()).isEqualTo(2);
    }

    @Test
    void oneBigClusterHasFullRecallAndLowPrecision() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "2");
        ClusterScores s = ClusterScores.of(Map.of("a", "x", "b", "x", "c", "x", "d", "x"), gold);
        assertThat(s.pairwiseR()).isEqualTo(1.0);
        assertThat(s.pairwiseP()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(s.b3P()).isCloseTo(0.5, within(1e-9));
        assertThat(s.b3R()).isEqualTo(1.0);
    }

    @Test
    void missingPredictionsAreSingletons() {
        Map<String, String> gold = Map.of("a", "1", "b", "1");
        ClusterScores s = ClusterScores.of(Map.of(), gold);
        assertThat(s.pairwiseR()).isEqualTo(0.0);
        assertThat(s.b3P()).isEqualTo(1.0);
        assertThat(s.b3R()).isCloseTo(0.5, within(1e-9));
    }
}

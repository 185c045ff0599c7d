package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorefScoresTest {

    private static Map<String, String> clusters(String... groups) {
        Map<String, String> labels = new HashMap<>();
        for (String g : groups) {
            for (char c : g.toCharArray()) {
                labels.put(String.valueOf(c), g);
            }
        }
        return labels;
    }

    @Test
    void scoresAWorkedExampleByHand() {
        // key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {e,f,g}
        CorefScores s = CorefScores.of(clusters("ab", "cd", "efg"), clusters("abc", "defg"));

        assertThat(s.muc().r()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(s.muc().p()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(s.b3().r()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 / 4.0 + 3 * 3 / 4.0) / 7, within(1e-9));
        assertThat(s.b3().p()).isCloseTo(6 / 7.0, within(1e-9));
        double phi = 2 * 2 / 5.0 + 2 * 3 / 7.0; // {a,b,c}~{a,b} and {d,e,f,g}~{e,f,g}
        assertThat(s.ceafE().r()).isCloseTo(phi / 2, within(1e-9));
        assertThat(s.ceafE().p()).isCloseTo(phi / 3, within(1e-9));
        assertThat(s.conllF1()).isCloseTo((s.muc().f1() + s.b3().f1() + s.ceafE().f1()) / 3, within(1e-12));
        assertThat(s.goldEntities()).isEqualTo(2);
        assertThat(s.responseEntities()).isEqualTo(3);
    }

    @Test
    void theGoldClusteringScoresOneEverywhere() {
        Map<String, String> gold = clusters("abc", "de", "f");
        CorefScores s = CorefScores.of(gold, gold);
        assertThat(s.muc().f1()).isEqualTo(1.0);
        assertThat(s.b3().f1()).isEqualTo(1.0);
        assertThat(s.ceafE().f1()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void mentionsMissingFromTheResponseAreSingletons() {
        CorefScores s = CorefScores.of(Map.of(), clusters("ab", "c"));
        assertThat(s.responseEntities()).isEqualTo(3);
        assertThat(s.muc().r()).isZero();
        assertThat(s.b3().p()).isEqualTo(1.0);
        assertThat(s.b3().r()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
    }

    @Test
    void theAlignmentIsOptimalWhereGreedyPairingIsNot() {
        assertThat(CorefScores.Assignment.maximum(new double[][] {{0.9, 0.8}, {0.8, 0.1}})).isCloseTo(1.6, within(1e-9));
        assertThat(CorefScores.Assignment.maximum(new double[][] {{0.5}, {0.7}, {0.2}})).isCloseTo(0.7, within(1e-9));
        assertThat(CorefScores.Assignment.maximum(new double[][] {{0.5, 0.9, 0.1}})).isCloseTo(0.9, within(1e-9));
    }
}

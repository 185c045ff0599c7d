package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CorefWeightsTest {

    @Test
    void theBundledWeightsLoad() {
        CorefWeights w = CorefWeights.bundled();
        assertThat(w.threshold()).isPositive();
        assertThat(w.senses()).isPositive();
    }

    @Test
    void aMissingWeightIsNamed() {
        assertThatThrownBy(() -> CorefWeights.read(new StringReader("related\t0.8\n"), "w.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void aWeightGivenTwiceIsReportedWithItsLine() {
        assertThatThrownBy(() -> CorefWeights.read(new StringReader("related\t0.8\nrelated\t0.7\n"), "w.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w.tsv:2");
    }
}

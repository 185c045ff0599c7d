package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class CorefWeightsTest {

    @Test
    void theBundledWeightsLoad() {
        CorefWeights w = CorefWeights.bundled();
        assertThat(w.threshold()).isPositive();
        assertThat(w.senses()).isPositive();
    }

    @Test
    void aMissingWeightIsNamed() {
        assertThatThrownBy(() -> CorefWeights.read(new StringReader("related\t0.8\twhy\n"), "w.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("threshold");
    }

    @Test
    void aWeightGivenTwiceIsReportedWithItsLine() {
        assertThatThrownBy(() -> CorefWeights.read(new StringReader("related\t0.8\ta\nrelated\t0.7\tb\n"), "w.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("w.tsv:2");
    }

    @Test
    void aCountGivenAsAFractionIsReportedWithItsLine() {
        assertThatThrownBy(() -> CorefWeights.read(new StringReader("# c\nsenses\t2.5\ttoo many\n"), "w.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("w.tsv:2: senses is not a whole number");
    }
}

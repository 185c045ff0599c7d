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

    @Test
    void withChangesOneWeightAndKeepsTheOthers() {
        CorefWeights w = CorefWeights.bundled();
        CorefWeights changed = w.with("threshold", w.threshold() + 0.1);
        assertThat(changed.threshold()).isEqualTo(w.threshold() + 0.1);
        assertThat(changed.with("threshold", w.threshold())).isEqualTo(w);
        assertThat(w.with("senses", 2).senses()).isEqualTo(2);
        assertThat(w.values()).hasSize(18).containsEntry("related", w.related());
    }

    @Test
    void withRejectsAnUnknownWeightAndAFractionalCount() {
        CorefWeights w = CorefWeights.bundled();
        assertThatThrownBy(() -> w.with("treshold", 0.5)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("treshold").hasMessageContaining("threshold");
        assertThatThrownBy(() -> w.with("argumentWindow", 2.5)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("argumentWindow");
    }
}

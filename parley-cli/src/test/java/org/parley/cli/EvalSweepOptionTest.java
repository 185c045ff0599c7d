package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalSweepOptionTest {

    @Test
    void oneWeightWithSeveralValuesIsOneSettingPerValue() {
        assertThat(EvalCommand.sweep(List.of("threshold=0.4, 0.5")))
                .containsExactly(Map.of("threshold", 0.4), Map.of("threshold", 0.5));
    }

    @Test
    void weightsJoinedBySemicolonsAreOneSetting() {
        assertThat(EvalCommand.sweep(List.of("lightTrigger=0.5;sharedPlace=0.1", "related=0.6")))
                .containsExactly(Map.of("lightTrigger", 0.5, "sharedPlace", 0.1), Map.of("related", 0.6));
    }

    @Test
    void malformedSettingsAreRejectedWithTheOption() {
        assertThatThrownBy(() -> EvalCommand.sweep(List.of("threshold"))).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> EvalCommand.sweep(List.of("threshold=high"))).hasMessageContaining("high");
        assertThatThrownBy(() -> EvalCommand.sweep(List.of("a=1,2;b=3"))).hasMessageContaining("one value each");
    }
}

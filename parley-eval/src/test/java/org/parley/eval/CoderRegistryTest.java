package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.plover.CodedEvent;
import org.parley.eval.plover.SentenceCoder;

class CoderRegistryTest {

    private static SentenceCoder fixed(String name) {
        return new SentenceCoder() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<CodedEvent> code(String sentence) {
                return List.of(new CodedEvent("AGREE", List.of(), List.of()));
            }
        };
    }

    @Test
    void allBuildsEveryCoderInRegistrationOrder() {
        CoderRegistry registry = CoderRegistry.baselines().withPlover("other", () -> fixed("other"));
        assertThat(registry.ploverCoders(CoderRegistry.ALL)).extracting(SentenceCoder::name)
                .containsExactly("baseline", "other");
        assertThat(registry.ploverCoders("other")).extracting(SentenceCoder::name).containsExactly("other");
        assertThat(CoderRegistry.baselines().ploverNames()).containsExactly("baseline");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> CoderRegistry.baselines().cameoCoders("parley"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known: baseline");
    }
}

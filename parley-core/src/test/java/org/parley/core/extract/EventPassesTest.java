package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.extract.EventPass.Fact;

class EventPassesTest {

    /** A pass that only records that it ran. */
    private record Recording(String name, Contract contract, List<String> ran) implements EventPass {
        @Override
        public void apply(ArticleEvents article) {
            ran.add(name);
        }
    }

    @Test
    void aPassWhosePrerequisiteNoEarlierPassAddsFailsAtConstructionNamingBoth() {
        assertThatThrownBy(() -> new EventPasses(List.of(triggers(), arguments(), modality())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ArgumentFinder reads [MODALITY]")
                .hasMessageContaining("TriggerMatcher, ArgumentFinder, ModalityReader");
    }

    @Test
    void aFactAddedTwiceFails() {
        assertThatThrownBy(() -> new EventPasses(List.of(triggers(), triggers())))
                .hasMessageContaining("TriggerMatcher adds TRIGGERS, which is already there");
    }

    @Test
    void whatTheFinalReaderNeedsMustBeAdded() {
        EventPasses passes = new EventPasses(List.of(triggers()));
        assertThatThrownBy(() -> passes.requireAdded(EnumSet.of(Fact.TRIGGERS, Fact.DATES), "EventExtractor"))
                .hasMessageContaining("EventExtractor reads [DATES]");
        assertThat(passes.requireAdded(EnumSet.of(Fact.SENTENCES, Fact.TRIGGERS), "test")).isSameAs(passes);
    }

    @Test
    void passesRunInTheirOrderOnce() {
        List<String> ran = new ArrayList<>();
        EventPasses passes = new EventPasses(List.of(
                new Recording("first", new EventPass.Contract(Set.of(Fact.SECTIONS), Set.of(Fact.TRIGGERS)), ran),
                new Recording("second", new EventPass.Contract(Set.of(Fact.TRIGGERS), Set.of(Fact.MODALITY)), ran)));
        ParsedText t = blinkenMetSonInHanoi();

        passes.run(new ArticleEvents(ArticleAnalysis.of(t.article(), t.annotation()), t.actors()));

        assertThat(ran).containsExactly("first", "second");
    }
}

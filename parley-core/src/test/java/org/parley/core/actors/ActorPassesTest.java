package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPassesTest {

    @Test
    void theStandardPassesAddEachFactOnceInTheOrderTheFactsAreDeclared() {
        assertThat(TestReading.STANDARD.passes()).extracting(p -> p.contract().adds()).containsExactly(ReadingFact.values());
    }

    @Test
    void aPassWhosePrerequisiteNoEarlierPassAddsFailsAtConstructionNamingIt() {
        NameModifiers modifiers = new NameModifiers(TestReading.COUNTRIES);
        List<ReadingPass> shortFormsFirst = List.of(new ShortFormPass(TestReading.KB, modifiers),
                new FullNamePass(TestReading.KB, modifiers));
        assertThatThrownBy(() -> new ActorPasses(shortFormsFirst, TestReading.KB, TestReading.COUNTRIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ShortFormPass requires")
                .hasMessageContaining("FULL_NAMES");
    }

    @Test
    void dropsAPassOnlyWhenNothingLaterNeedsIt() {
        List<ReadingPass> withoutGroups = TestReading.STANDARD.passes().stream()
                .filter(p -> p.contract().adds() != ReadingFact.GROUPS).toList();
        assertThatThrownBy(() -> new ActorPasses(withoutGroups, TestReading.KB, TestReading.COUNTRIES))
                .hasMessageContaining("PronounPass requires [GROUPS]");
        List<ReadingPass> withoutReportedIt = TestReading.STANDARD.passes().stream()
                .filter(p -> p.contract().adds() != ReadingFact.REPORTED_IT).toList();
        assertThat(new ActorPasses(withoutReportedIt, TestReading.KB, TestReading.COUNTRIES).passes()).hasSize(TestReading.STANDARD.passes().size() - 1);
    }
}

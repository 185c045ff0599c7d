package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionPassTest {

    private static final String TWO_DIPLOMATS = "Secretary of State Antony/PERSON Blinken/PERSON met Foreign Minister"
            + " Bui/PERSON Thanh/PERSON Son/PERSON in Hanoi/CITY .";

    @Test
    void theHostIsThePersonOfTheCountryTheSectionTakesPlaceIn() {
        ArticleReading r = TestReading.through(ReadingFact.DESCRIPTIONS, new TestText()
                .sentence(TWO_DIPLOMATS)
                .sentence("The host praised the guest ."));
        assertThat(TestReading.mention(r, "The host").orElseThrow().actor().name()).isEqualTo("Bui Thanh Son");
        assertThat(TestReading.mention(r, "the guest").orElseThrow().actor().name()).isEqualTo("Antony Blinken");
    }

    @Test
    void aNounWithoutCountryNeedsTheOneFittingPersonOfTheSection() {
        ArticleReading r = TestReading.through(ReadingFact.DESCRIPTIONS, new TestText()
                .sentence(TWO_DIPLOMATS)
                .sentence("the diplomat agreed .")
                .sentence("the US/COUNTRY diplomat agreed ."));
        assertThat(r.mentions()).noneMatch(m -> m.sentence() == 1);
        assertThat(r.mentions()).filteredOn(m -> m.basis() == ActorMention.Basis.DESCRIPTION).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("the US diplomat");
            assertThat(m.actor().name()).isEqualTo("Antony Blinken");
        });
    }

    @Test
    void aTitleStandsForThePersonWithThatRole() {
        ArticleReading r = TestReading.through(ReadingFact.DESCRIPTIONS, new TestText()
                .sentence(TWO_DIPLOMATS)
                .sentence("the Foreign Minister thanked the Secretary of State ."));
        assertThat(TestReading.mention(r, "the Foreign Minister").orElseThrow().actor().name()).isEqualTo("Bui Thanh Son");
        assertThat(TestReading.mention(r, "the Secretary of State").orElseThrow().actor().name())
                .isEqualTo("Antony Blinken");
    }

    @Test
    void aNounQualifyingAnotherNounStandsForNobody() {
        ArticleReading r = TestReading.through(ReadingFact.DESCRIPTIONS, new TestText()
                .sentence(TWO_DIPLOMATS)
                .sentence("the official visit ended ."));
        assertThat(r.mentions()).noneMatch(m -> m.sentence() == 1);
    }
}

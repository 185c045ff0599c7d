package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;

class GroupPassTest {

    private static final String MEETING = "Secretary of State Antony/PERSON Blinken/PERSON met Foreign Minister"
            + " Bui/PERSON Thanh/PERSON Son/PERSON .";

    @Test
    void bothCountriesAreTheCountriesOfThePairAndShareOneGroup() {
        ArticleReading r = TestReading.through(ReadingFact.GROUPS, new TestText()
                .sentence(MEETING)
                .sentence("both countries agreed ."));
        assertThat(r.references()).filteredOn(f -> f.basis() == ActorMention.Basis.GROUP)
                .extracting(Reference::actor)
                .containsExactly(Actor.country("United States", "USA"), Actor.country("Vietnam", "VNM"));
        assertThat(r.references()).filteredOn(f -> f.basis() == ActorMention.Basis.GROUP)
                .extracting(Reference::group).containsOnly(0);
    }

    @Test
    void theyAfterAPairSubjectIsThePair() {
        ArticleReading r = TestReading.through(ReadingFact.GROUPS, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON and Bui/PERSON Thanh/PERSON Son/PERSON talked .")
                .sentence("They agreed ."));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("They"))
                .extracting(m -> m.actor().name()).containsExactly("Antony Blinken", "Bui Thanh Son");
    }

    @Test
    void aPairPhraseWithoutTwoPeopleOfDifferentCountriesStandsForNobody() {
        ArticleReading r = TestReading.through(ReadingFact.GROUPS, new TestText()
                .sentence("Antony/PERSON Blinken/PERSON arrived .")
                .sentence("the two sides agreed ."));
        assertThat(r.references()).noneMatch(f -> f.basis() == ActorMention.Basis.GROUP);
    }
}

package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class CountryPassTest {

    @Test
    void aCapitalActsForItsCountryOnlyAsTheSubject() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Hanoi/CITY welcomed the talks .")
                .sentence("Talks in/O/IN Hanoi/CITY ended ."));
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.sentence()).isZero();
            assertThat(m.actor()).isEqualTo(Actor.country("Vietnam", "VNM"));
        });
    }

    @Test
    void aCapitalActsForItsCountryWithAnAdverbBeforeItsVerb() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Hanoi/CITY again/O/RB rejected the offer ."));
        assertThat(r.mentions()).singleElement()
                .satisfies(m -> assertThat(m.actor()).isEqualTo(Actor.country("Vietnam", "VNM")));
    }

    @Test
    void theSideOfACountryIsTheCountry() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("the US side agreed ."));
        assertThat(TestReading.mention(r, "US side").orElseThrow().basis()).isEqualTo(ActorMention.Basis.COUNTRY);
    }

    @Test
    void aDemonymStartingAPlaceNameIsNoCountryButAPluralDemonymIsAPeople() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Albanians/NATIONALITY/NNPS crossed the Indian/NATIONALITY Ocean/LOCATION ."));
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Albanians");
            assertThat(m.basis()).isEqualTo(ActorMention.Basis.DESCRIPTION);
            assertThat(m.actor()).isEqualTo(new Actor("Albanians", ActorKind.GROUP, null, "ALB", "CVL"));
        });
    }

    @Test
    void leavesTheWordsOfEarlierReferencesAlone() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Vietnam/ORGANIZATION Development/ORGANIZATION Bank/ORGANIZATION lent ."));
        assertThat(r.mentions()).singleElement()
                .satisfies(m -> assertThat(m.actor().kind()).isEqualTo(ActorKind.ORGANIZATION));
    }
}

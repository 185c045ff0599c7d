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
    void aCapitalActsForItsCountryWhenOthersActAlongWithIt() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Hanoi/CITY along/O/RB with/O/IN its allies demanded talks .")
                .sentence("Tourists arrived in/O/IN Hanoi/CITY along/O/RB with/O/IN their guides ."));
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.actor()).isEqualTo(Actor.country("Vietnam", "VNM"));
            assertThat(m.sentence()).isZero();
        });
    }

    @Test
    void aCapitalActsAsTheSubjectOfAClauseOpenedByAConjunctionOrAsAnAgent() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Cairo/CITY threatened to strike unless/O/IN Hanoi/CITY accepted the terms .")
                .sentence("they demanded an admission by/O/IN Canberra/CITY that/O/IN it erred .")
                .sentence("they flew by/O/IN Hanoi/CITY airport/O/NN ."));
        assertThat(r.mentions()).extracting(ActorMention::sentence, m -> m.actor().country())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "EGY"), org.assertj.core.groups.Tuple.tuple(0, "VNM"),
                        org.assertj.core.groups.Tuple.tuple(1, "AUS"));
    }

    @Test
    void anOfficialNameLongerThanFourWordsIsOneCountryNotTheShorterNameInsideIt() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("the Democratic Republic of/O/IN the Congo demanded talks ."));
        assertThat(r.mentions()).singleElement()
                .satisfies(m -> assertThat(m.actor()).isEqualTo(Actor.country("DR Congo", "COD")));
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
    void aPeopleQualifiedByAnotherCountryIsOfThatCountry() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Canadian/NATIONALITY/JJ Serbs/NATIONALITY/NNPS marched .")
                .sentence("the Croats/NATIONALITY/NNPS voted ."));
        assertThat(TestReading.mention(r, "Serbs").orElseThrow().actor())
                .isEqualTo(new Actor("Serbs", ActorKind.GROUP, null, "CAN", "CVL"));
        assertThat(TestReading.mention(r, "Croats").orElseThrow().actor())
                .isEqualTo(new Actor("Croats", ActorKind.GROUP, null, "HRV", "CVL"));
    }

    @Test
    void leavesTheWordsOfEarlierReferencesAlone() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("Vietnam/ORGANIZATION Development/ORGANIZATION Bank/ORGANIZATION lent ."));
        assertThat(r.mentions()).singleElement()
                .satisfies(m -> assertThat(m.actor().kind()).isEqualTo(ActorKind.ORGANIZATION));
    }

    @Test
    void anEthnicPeopleIsOfTheCountryTheSentencePlacesItIn() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("ethnic/O/JJ Hungarians/NATIONALITY/NNPS rallied in/O/IN northern/O/JJ Romania/COUNTRY .")
                .sentence("ethnic/O/JJ Hungarians/NATIONALITY/NNPS rallied in/O/IN Romanian/NATIONALITY/JJ towns/O/NNS .")
                .sentence("Hungarians/NATIONALITY/NNPS rallied in/O/IN Romania/COUNTRY ."));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("Hungarians"))
                .extracting(ActorMention::sentence, m -> m.actor().country())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "ROU"),
                        org.assertj.core.groups.Tuple.tuple(1, "HUN"), org.assertj.core.groups.Tuple.tuple(2, "HUN"));
    }

    @Test
    void anEthnicDemonymBeforeANounIsTheCountryTheSentencePlacesItIn() {
        ArticleReading r = TestReading.through(ReadingFact.COUNTRIES, new TestText()
                .sentence("ethnic/O/JJ Hungarian/NATIONALITY/JJ parties met in/O/IN Slovakia/COUNTRY ."));
        assertThat(TestReading.mention(r, "Hungarian").orElseThrow().actor())
                .isEqualTo(Actor.country("Slovakia", "SVK"));
    }
}

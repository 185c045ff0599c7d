package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class FullNamePassTest {

    @Test
    void aFullNameClaimsItsTitleAndCountryAndMeetsThePersonUnderTheCanonicalName() {
        ArticleReading r = TestReading.through(ReadingFact.FULL_NAMES, new TestText()
                .sentence("US/COUNTRY Secretary of State Tony/PERSON Blinken/PERSON arrived ."));
        assertThat(r.references()).singleElement().satisfies(ref -> {
            assertThat(ref.begin()).isZero();
            assertThat(ref.end()).isEqualTo(6);
            assertThat(ref.basis()).isEqualTo(ActorMention.Basis.NAMED);
            assertThat(ref.person().name()).isEqualTo("Antony Blinken");
            assertThat(ref.person().writtenTitle().entry().role()).isEqualTo("Secretary of State");
            assertThat(ref.person().modifierCountry()).isEqualTo("USA");
            assertThat(ref.person().answersTo("Blinken")).isTrue();
        });
        assertThat(r.claimedAny(0, 0, 6)).isTrue();
        assertThat(r.isClaimed(0, 6)).isFalse();
    }

    @Test
    void anAppositionSaysWhatThePersonIsInThisText() {
        ArticleReading r = TestReading.through(ReadingFact.FULL_NAMES, new TestText()
                .sentence("Le/PERSON Hoai/PERSON Trung/PERSON , head of the Commission for External Relations ,"
                        + " spoke ."));
        assertThat(r.references()).singleElement().satisfies(ref ->
                assertThat(ref.person().actor()).isEqualTo(new Actor("Le Hoai Trung", ActorKind.PERSON,
                        "Head of the Commission for External Relations", "VNM", "GOV")));
    }

    @Test
    void aSingleTaggedWordIsLeftToTheShortForms() {
        ArticleReading r = TestReading.through(ReadingFact.FULL_NAMES, new TestText()
                .sentence("Secretary/PERSON Blinken/PERSON spoke ."));
        assertThat(r.references()).isEmpty();
        assertThat(r.claimedAny(0, 0, 3)).isFalse();
    }

    @Test
    void aCountryBeforeAGenericTitlesPortfolioWordsIsThePersonsCountry() {
        ArticleReading r = TestReading.through(ReadingFact.FULL_NAMES, new TestText()
                .sentence("British/NATIONALITY/JJ Defence Secretary Tom/PERSON Kingsley/PERSON promised aid .")
                .sentence("Serbian/NATIONALITY/JJ Planning and Investment Minister Dragan/PERSON Zorovic/PERSON spoke ."));
        assertThat(r.references()).hasSize(2);
        assertThat(r.references().get(0).person().modifierCountry()).isEqualTo("GBR");
        assertThat(r.references().get(0).begin()).isZero();
        assertThat(r.references().get(1).person().modifierCountry()).isEqualTo("SRB");
        assertThat(r.references().get(1).begin()).isZero();
    }

    @Test
    void portfolioWordsWithoutACountryBeforeThemStayOutOfTheMention() {
        ArticleReading r = TestReading.through(ReadingFact.FULL_NAMES, new TestText()
                .sentence("Yesterday Defence Secretary Tom/PERSON Kingsley/PERSON spoke ."));
        assertThat(r.references()).singleElement().satisfies(ref -> {
            assertThat(ref.person().modifierCountry()).isNull();
            assertThat(ref.begin()).isEqualTo(2);
        });
    }
}

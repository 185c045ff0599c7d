package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

class CollectivePassTest {

    @Test
    void aCountryGrowsOverTheBodyItQualifies() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("Israeli/NATIONALITY security forces entered ."));
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Israeli security forces");
            assertThat(m.basis()).isEqualTo(ActorMention.Basis.COUNTRY);
            assertThat(m.actor()).isEqualTo(new Actor("forces of Israel", ActorKind.GROUP, null, "ISR", "MIL"));
        });
    }

    @Test
    void officialsOfNoKnownCountryAreLeftOutButRebelsAreNot() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("officials said/O/VBD rebels attacked ."));
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("rebels");
            assertThat(m.basis()).isEqualTo(ActorMention.Basis.DESCRIPTION);
            assertThat(m.actor()).isEqualTo(new Actor("rebels", ActorKind.GROUP, null, null, "REB"));
        });
    }

    @Test
    void aNounForTheStateAloneIsTheOnlyCountryOfTheArticle() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("Talks opened in Kenya/COUNTRY .")
                .sentence("the government refused ."));
        ActorMention government = TestReading.mention(r, "government").orElseThrow();
        assertThat(government.basis()).isEqualTo(ActorMention.Basis.COUNTRY);
        assertThat(government.actor()).isEqualTo(Actor.country("Kenya", "KEN"));
    }

    @Test
    void aCollectiveBeforeGroupsIsOneBodyPlacedAfterTheHead() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("Opposition/O/NN groups/O/NNS in/O/IN Kenya/COUNTRY called/O/VBD for/O/IN talks .")
                .sentence("police met/O/VBD opposition/O/NN groups/O/NNS ."));
        assertThat(TestReading.mention(r, "Opposition groups").orElseThrow().actor())
                .isEqualTo(new Actor("Opposition groups", ActorKind.GROUP, null, "KEN", "OPP"));
        assertThat(r.mentions()).filteredOn(m -> m.sentence() == 1).extracting(ActorMention::text)
                .containsExactly("police", "opposition groups");
    }

    @Test
    void aGroupOfAPlaceNamedAfterADemonymIsOfThatCountry() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("inhabitants/O/NNS of/O/IN the Turkish/NATIONALITY/JJ Aegean/LOCATION Coast/LOCATION rallied ."));
        assertThat(TestReading.mention(r, "inhabitants").orElseThrow().actor())
                .isEqualTo(new Actor("inhabitants", ActorKind.GROUP, null, "TUR", "CVL"));
    }

    @Test
    void eldersOfNoPlaceAreABodyOfNoCountry() {
        ArticleReading r = TestReading.through(ReadingFact.COLLECTIVES, new TestText()
                .sentence("Talks opened in Kenya/COUNTRY and Uganda/COUNTRY .")
                .sentence("village/O/NN elders/O/NNS objected ."));
        assertThat(TestReading.mention(r, "elders").orElseThrow().actor())
                .isEqualTo(new Actor("elders", ActorKind.GROUP, null, null, "CVL"));
    }
}

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
}

package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisspeltCountryPassTest {

    @Test
    void aCountryNameWithALetterDroppedOrAddedIsThatCountry() {
        ArticleReading r = TestReading.through(ReadingFact.MISSPELT_COUNTRIES, new TestText()
                .sentence("Ethopia has agreed to open its border .")
                .sentence("The Phillippines army shelled the camp ."));
        assertThat(TestReading.mention(r, "Ethopia")).hasValueSatisfying(m -> {
            assertThat(m.actor().country()).isEqualTo("ETH");
            assertThat(m.basis()).isEqualTo(ActorMention.Basis.COUNTRY);
        });
        assertThat(TestReading.mention(r, "Phillippines")).hasValueSatisfying(m ->
                assertThat(m.actor().country()).isEqualTo("PHL"));
    }

    @Test
    void aChangedLetterOrANameWithASuffixIsNoCountry() {
        ArticleReading r = TestReading.through(ReadingFact.MISSPELT_COUNTRIES, new TestText()
                .sentence("Columbia students met Chinas envoy in Granada ."));
        assertThat(TestReading.mention(r, "Columbia")).isEmpty();
        assertThat(TestReading.mention(r, "Chinas")).isEmpty();
        assertThat(TestReading.mention(r, "Granada")).isEmpty();
    }

    @Test
    void lettersApartCountsOneInsertionOnly() {
        assertThat(MisspeltCountryPass.oneLetterApart("ethopia", "ethiopia")).isTrue();
        assertThat(MisspeltCountryPass.oneLetterApart("quatar", "qatar")).isTrue();
        assertThat(MisspeltCountryPass.oneLetterApart("columbia", "colombia")).isFalse();
        assertThat(MisspeltCountryPass.oneLetterApart("ethiopiaa", "ethopia")).isFalse();
    }
}

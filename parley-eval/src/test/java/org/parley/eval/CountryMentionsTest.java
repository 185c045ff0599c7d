package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;

class CountryMentionsTest {
    private final CountryMentions mentions = new CountryMentions(Countries.bundled());

    @Test
    void findsNamesAliasesAndDemonymsInTextOrder() {
        assertThat(mentions.find("Hungarian officials met the United States envoy in Romania."))
                .extracting(CountryMentions.Mention::alpha3).containsExactly("HUN", "USA", "ROU");
    }

    @Test
    void aLowerCasePronounIsNoCountry() {
        assertThat(mentions.find("They told us nothing.")).isEmpty();
    }

    @Test
    void theFullStopOfTheSentenceDoesNotHideTheName() {
        assertThat(mentions.find("Refugees returned to Hungary."))
                .extracting(CountryMentions.Mention::alpha3).containsExactly("HUN");
    }
}

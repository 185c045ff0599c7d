package org.parley.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;

class GoldActorTest {
    private final Countries countries = Countries.bundled();

    @Test
    void aCountryCodeOrACountryPlusSectorCodeGivesTheCountry() {
        assertThat(new GoldActor("Hungary", "HUN", "").country(countries)).hasValue("HUN");
        assertThat(new GoldActor("Hungarian officials", "hungov", "").country(countries)).hasValue("HUN");
    }

    @Test
    void nonStateAndNonIsoCodesGiveNoCountry() {
        assertThat(new GoldActor("the UN", "IGO", "").country(countries)).isEmpty();
        assertThat(new GoldActor("Tokyo", "JAP", "").country(countries)).isEmpty();
        assertThat(new GoldActor("?", "", "").country(countries)).isEmpty();
    }
}

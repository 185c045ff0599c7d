package org.parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;

class CameoActorCodeTest {

    private static final Countries COUNTRIES = Countries.bundled();

    @Test
    void readsTheCountryAndTheFirstRoleParleyNames() {
        assertThat(CameoActorCode.read("FRAGOV", COUNTRIES)).isEqualTo(new CameoActorCode("FRAGOV", "FRA", "GOV"));
        assertThat(CameoActorCode.read("PSEREBHMS", COUNTRIES)).isEqualTo(new CameoActorCode("PSEREBHMS", "PSE", "REB"));
        assertThat(CameoActorCode.read("ECUGOVBUS", COUNTRIES).sector()).isEqualTo("GOV");
    }

    @Test
    void internationalAndRegionalCodesHaveNoCountry() {
        assertThat(CameoActorCode.read("IGOUNO", COUNTRIES)).isEqualTo(new CameoActorCode("IGOUNO", null, "IGO"));
        assertThat(CameoActorCode.read("MNCUSA", COUNTRIES).sector()).isEqualTo("BUS");
        assertThat(CameoActorCode.read("MEAREB", COUNTRIES)).isEqualTo(new CameoActorCode("MEAREB", null, "REB"));
    }

    @Test
    void aBareCountryIsAPlaceOnly() {
        assertThat(CameoActorCode.read("BIH", COUNTRIES).placeOnly()).isTrue();
        assertThat(CameoActorCode.read("AFGREB", COUNTRIES).placeOnly()).isFalse();
    }
}

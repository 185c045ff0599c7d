package org.parley.core.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final Countries countries = Countries.bundled();

    /**
     * Capitals of ASEAN (with Timor-Leste) and of the G20 members, with coordinates written down
     * independently of the data (rounded city-centre values).
     */
    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource(delimiter = '|', value = {
        "BRN|Bandar Seri Begawan|4.94|114.95", "KHM|Phnom Penh|11.56|104.92", "IDN|Jakarta|-6.21|106.85",
        "LAO|Vientiane|17.97|102.60", "MYS|Kuala Lumpur|3.14|101.69", "MMR|Naypyidaw|19.75|96.13",
        "PHL|Manila|14.60|120.98", "SGP|Singapore|1.29|103.85", "THA|Bangkok|13.75|100.50",
        "VNM|Hanoi|21.03|105.85", "TLS|Dili|-8.56|125.57",
        "ARG|Buenos Aires|-34.60|-58.38", "AUS|Canberra|-35.28|149.13", "BRA|Brasília|-15.79|-47.88",
        "CAN|Ottawa|45.42|-75.70", "CHN|Beijing|39.90|116.40", "FRA|Paris|48.86|2.35", "DEU|Berlin|52.52|13.40",
        "IND|New Delhi|28.61|77.21", "ITA|Rome|41.90|12.50", "JPN|Tokyo|35.68|139.69", "KOR|Seoul|37.57|126.98",
        "MEX|Mexico City|19.43|-99.13", "RUS|Moscow|55.76|37.62", "SAU|Riyadh|24.69|46.72",
        "ZAF|Pretoria|-25.75|28.19", "TUR|Ankara|39.93|32.86", "GBR|London|51.51|-0.13",
        "USA|Washington|38.90|-77.04"})
    void resolvesAseanAndG20CapitalsWithPlausibleCoordinates(String alpha3, String capital, double lat, double lon) {
        Place place = gazetteer.lookup(capital, alpha3).orElseThrow();
        assertThat(place.capital()).isTrue();
        assertThat(place.lat()).isCloseTo(lat, within(0.3));
        assertThat(place.lon()).isCloseTo(lon, within(0.3));
        assertThat(gazetteer.lookup(capital).get(0)).as("best match for %s", capital).isEqualTo(place);
        assertThat(gazetteer.capitalsOf(alpha3)).contains(place);
        assertThat(countries.byCapital(capital)).map(Country::alpha3).contains(alpha3);
    }

    @Test
    void everySovereignCountryWithACapitalHasItInTheGazetteer() {
        for (Country country : countries.all()) {
            if (country.sovereign() && !country.capitals().isEmpty()) {
                assertThat(gazetteer.capitalsOf(country.alpha3())).as("capital of %s", country.alpha3()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Washington, D.C.", "Washington DC", "Washington D.C.", "washington"})
    void washingtonMeansTheUsCapital(String name) {
        Place washington = gazetteer.lookup(name).get(0);
        assertThat(washington.country()).isEqualTo("USA");
        assertThat(washington.capital()).isTrue();
        assertThat(washington.region()).isEqualTo("District of Columbia");
        assertThat(washington.lat()).isCloseTo(38.9, within(0.1));
        assertThat(washington.lon()).isCloseTo(-77.0, within(0.1));
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', value = {
        "Saigon|Ho Chi Minh City|VNM", "Ho Chi Minh City|Ho Chi Minh City|VNM", "HCMC|Ho Chi Minh City|VNM",
        "Da Nang|Da Nang|VNM", "Danang|Da Nang|VNM", "Ha Long|Hạ Long|VNM", "Halong|Hạ Long|VNM",
        "Peking|Beijing|CHN", "Beijing|Beijing|CHN", "New York|New York City|USA", "Shanghai|Shanghai|CHN",
        "Mumbai|Mumbai|IND", "Bombay|Mumbai|IND", "Sydney|Sydney|AUS", "Geneva|Geneva|CHE", "Genève|Geneva|CHE",
        "Kyiv|Kyiv|UKR", "Kiev|Kyiv|UKR", "Rangoon|Yangon|MMR", "The Hague|The Hague|NLD", "Davos|Davos|CHE"})
    void findsMajorCitiesByNameAndAlias(String query, String name, String alpha3) {
        Place best = gazetteer.lookup(query).get(0);
        assertThat(best.name()).isEqualTo(name);
        assertThat(best.country()).isEqualTo(alpha3);
    }

    @Test
    void ranksCapitalsFirstThenByPopulation() {
        List<Place> sydneys = gazetteer.lookup("Sydney");
        assertThat(sydneys).extracting(Place::country).containsSubsequence("AUS", "CAN");
        for (Place place : gazetteer.places()) {
            List<Place> found = gazetteer.lookup(place.name());
            assertThat(found).contains(place);
            for (int i = 1; i < found.size(); i++) {
                Place before = found.get(i - 1);
                Place after = found.get(i);
                assertThat(before.capital() || !after.capital()).as("capital first for %s", place.name()).isTrue();
                if (before.capital() == after.capital()) {
                    assertThat(before.population()).isGreaterThanOrEqualTo(after.population());
                }
            }
        }
    }

    @Test
    void keepsTheUsStateAsARegionNotACountry() {
        assertThat(gazetteer.lookup("Atlanta", "USA")).map(Place::region).contains("Georgia");
        assertThat(gazetteer.lookup("Tbilisi").get(0).country()).isEqualTo("GEO");
        assertThat(countries.byName("Georgia")).map(Country::alpha3).contains("GEO");
    }

    @Test
    void countryFilterIsCaseInsensitiveAndMayFindNothing() {
        assertThat(gazetteer.lookup("Sydney", "can")).map(Place::country).contains("CAN");
        assertThat(gazetteer.lookup("Sydney", "VNM")).isEmpty();
        assertThat(gazetteer.lookup("Nowhere at all")).isEmpty();
    }

    @Test
    void everyPlaceIsValidAndCountryCodesAreKnown() {
        assertThat(gazetteer.places()).hasSizeGreaterThan(3000);
        for (Place place : gazetteer.places()) {
            assertThat(countries.byCode(place.country())).as("country of %s", place.name()).isPresent();
        }
    }

    @Test
    void malformedRowsAreReportedWithTheirLines() {
        String tsv = """
                # header
                Hanoi\tHanoi\tVNM\tHanoi\t21.0245\t105.8412\t1431270\t1\tHa Noi
                Nowhere\tNowhere\tVNM\t\t121\t10\t5\t0\t
                Somewhere\tSomewhere\tVNM\t\t1\t10\tmany\t0\t
                Elsewhere\tElsewhere\tVNM\t\t1\t10\t5\tyes\t
                """;
        assertThatThrownBy(() -> Gazetteer.read(new StringReader(tsv), "bad-gazetteer.tsv"))
                .isInstanceOf(PlaceDataException.class)
                .hasMessageContaining("bad-gazetteer.tsv:3: latitude of Nowhere out of range: 121.0")
                .hasMessageContaining("bad-gazetteer.tsv:4: population is not a whole number: 'many'")
                .hasMessageContaining("bad-gazetteer.tsv:5: capital must be 0 or 1: 'yes'");
    }
}

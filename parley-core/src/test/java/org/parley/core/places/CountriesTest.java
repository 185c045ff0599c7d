package org.parley.core.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    private final Countries countries = Countries.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the US|USA", "U.S.|USA", "US|USA", "USA|USA", "United States|USA", "United States of America|USA",
        "America|USA", "the United States|USA",
        "UK|GBR", "U.K.|GBR", "Britain|GBR", "Great Britain|GBR", "United Kingdom|GBR",
        "Viet Nam|VNM", "Vietnam|VNM", "VIET NAM|VNM", "Việt Nam|VNM",
        "South Korea|KOR", "Republic of Korea|KOR", "North Korea|PRK", "DPRK|PRK", "D.P.R.K.|PRK",
        "Russia|RUS", "Russian Federation|RUS", "Laos|LAO", "Lao PDR|LAO", "Myanmar|MMR", "Burma|MMR",
        "Türkiye|TUR", "Turkiye|TUR", "Turkey|TUR", "Czechia|CZE", "Czech Republic|CZE",
        "Ivory Coast|CIV", "Côte d'Ivoire|CIV", "Cote d’Ivoire|CIV", "UAE|ARE", "DRC|COD",
        "Georgia|GEO", "China's|CHN", "Vietnam’s|VNM", "the Philippines|PHL", "Holland|NLD"})
    void groundsNamesAndAliases(String name, String alpha3) {
        assertThat(countries.byName(name)).map(Country::alpha3).contains(alpha3);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Vietnamese|VNM", "American|USA", "Americans|USA", "Chinese|CHN", "Filipino|PHL", "British|GBR",
        "South Korean|KOR", "North Korean|PRK", "Russian|RUS", "Japanese|JPN", "Emirati|ARE", "Georgian|GEO",
        "Laotian|LAO", "Burmese|MMR", "Turkish|TUR", "Thai|THA", "Indonesian|IDN", "Singaporean|SGP"})
    void groundsDemonyms(String demonym, String alpha3) {
        assertThat(countries.byName(demonym)).map(Country::alpha3).contains(alpha3);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Washington|USA", "Washington, D.C.|USA", "Washington DC|USA", "Hanoi|VNM", "Ha Noi|VNM",
        "Beijing|CHN", "Peking|CHN", "Moscow|RUS", "Tokyo|JPN", "Tbilisi|GEO", "Naypyidaw|MMR",
        "Pretoria|ZAF", "Cape Town|ZAF", "Brasília|BRA", "Brasilia|BRA", "Vientiane|LAO", "Seoul|KOR",
        "Pyongyang|PRK", "London|GBR"})
    void groundsCapitalMetonyms(String capital, String alpha3) {
        assertThat(countries.byCapital(capital)).map(Country::alpha3).contains(alpha3);
    }

    @Test
    void georgiaIsTheCountryNotTheUsState() {
        Country georgia = countries.byName("Georgia").orElseThrow();
        assertThat(georgia.alpha3()).isEqualTo("GEO");
        assertThat(georgia.capitals()).contains("Tbilisi");
        assertThat(countries.candidatesByName("Georgia")).containsExactly(georgia);
    }

    @Test
    void ambiguousDemonymAnswersEmptyButListsCandidates() {
        assertThat(countries.byName("Congolese")).isEmpty();
        assertThat(countries.candidatesByName("Congolese")).map(Country::alpha3).containsExactlyInAnyOrder("COD", "COG");
    }

    @Test
    void unknownNamesAndBareTwoLetterCodesAreNotCountries() {
        assertThat(countries.byName("Atlantis")).isEmpty();
        assertThat(countries.byName("in")).isEmpty();
        assertThat(countries.byName("IT")).isEmpty();
        assertThat(countries.byName("")).isEmpty();
    }

    @Test
    void looksUpByEitherCodeInAnyCase() {
        assertThat(countries.byCode("VNM")).map(Country::name).contains("Vietnam");
        assertThat(countries.byCode("vn")).map(Country::alpha3).contains("VNM");
        assertThat(countries.byCode(" gb ")).map(Country::alpha3).contains("GBR");
        assertThat(countries.byCode("XXX")).isEmpty();
    }

    @Test
    void everyCountryHasDistinctUpperCaseCodesAndPlausibleData() {
        assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(249);
        Set<String> codes = new HashSet<>();
        for (Country country : countries.all()) {
            assertThat(country.alpha3()).matches("[A-Z]{3}");
            assertThat(country.alpha2()).matches("[A-Z]{2}");
            assertThat(codes.add(country.alpha3())).as("duplicate %s", country.alpha3()).isTrue();
            assertThat(country.name()).isNotBlank();
            assertThat(country.region()).as("region of %s", country.alpha3()).isNotBlank();
        }
        assertThat(countries.all().stream().filter(Country::sovereign).count()).isBetween(190L, 200L);
    }

    @Test
    void carriesOfficialNameRegionAndCentroid() {
        Country vietnam = countries.byCode("VNM").orElseThrow();
        assertThat(vietnam.officialName()).isEqualTo("Socialist Republic of Vietnam");
        assertThat(vietnam.subregion()).isEqualTo("South-Eastern Asia");
        assertThat(vietnam.demonyms()).contains("Vietnamese");
        assertThat(vietnam.lat()).isBetween(8.0, 24.0);
        assertThat(vietnam.lon()).isBetween(102.0, 110.0);
        assertThat(vietnam.sovereign()).isTrue();
        assertThat(countries.byCode("PRI").orElseThrow().sovereign()).isFalse();
    }

    @Test
    void malformedRowsAreReportedWithTheirLines() {
        String tsv = """
                # header
                VNM\tVN\tVietnam\tSocialist Republic of Vietnam\t\tVietnamese\tHanoi\t\t16\t107\tAsia\tSouth-Eastern Asia\t1
                XX\tXX\tNowhere\t\t\t\t\t\t0\t0\tNone\t\t1
                FRA\tFR\tFrance\tFrench Republic\t\tFrench\tParis\t\tnorth\t2\tEurope\tWestern Europe\t1
                DEU\tDE\tGermany
                """;
        assertThatThrownBy(() -> Countries.read(new StringReader(tsv), "bad-countries.tsv"))
                .isInstanceOf(PlaceDataException.class)
                .hasMessageContaining("3 malformed row(s)")
                .hasMessageContaining("bad-countries.tsv:3: alpha3 must be three upper-case letters: XX")
                .hasMessageContaining("bad-countries.tsv:4: latitude is not a number: 'north'")
                .hasMessageContaining("bad-countries.tsv:5: expected 13 tab-separated columns, found 3");
    }

    @Test
    void readsAWellFormedTableItWasGiven() {
        String tsv = "VNM\tVN\tVietnam\tSocialist Republic of Vietnam\tViet Nam\tVietnamese\tHanoi\tHa Noi\t16\t107\tAsia\t\t1\n";
        Countries one = Countries.read(new StringReader(tsv), "one.tsv");
        assertThat(one.all()).hasSize(1);
        assertThat(one.byName("viet-nam")).isPresent();
        assertThat(one.byCapital("Hà Nội")).isPresent();
    }
}

package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedGazetteerTest {

    private final CuratedGazetteer gazetteer = CuratedGazetteer.load();

    @Test
    void knowsCountriesDemonymsTitlesAndCities() {
        assertThat(gazetteer.typeOf(List.of("Viet", "Nam"))).contains("COUNTRY");
        assertThat(gazetteer.typeOf(List.of("U.S."))).contains("COUNTRY");
        assertThat(gazetteer.typeOf(List.of("United", "States", "of", "America"))).contains("COUNTRY");
        assertThat(gazetteer.typeOf(List.of("Vietnamese"))).contains("NATIONALITY");
        assertThat(gazetteer.typeOf(List.of("Party", "General", "Secretary"))).contains("TITLE");
        assertThat(gazetteer.typeOf(List.of("Minister", "of", "Foreign", "Affairs"))).contains("TITLE");
        assertThat(gazetteer.typeOf(List.of("Washington", ",", "DC"))).contains("CITY");
        assertThat(gazetteer.typeOf(List.of("Hanoi"))).contains("CITY");
    }

    @Test
    void findsACountryAtTheStartOfALongerName() {
        assertThat(gazetteer.longestProperPrefix(List.of("Vietnam", "Nguyen", "Phu", "Trong"), "COUNTRY")).contains(1);
        assertThat(gazetteer.longestProperPrefix(List.of("South", "Korea", "Yoon"), "COUNTRY")).contains(2);
        assertThat(gazetteer.longestProperPrefix(List.of("Vietnam"), "COUNTRY")).isEmpty();
        assertThat(gazetteer.longestProperPrefix(List.of("Antony", "Blinken"), "COUNTRY")).isEmpty();
    }

    @Test
    void everyLineHasPatternTypeOverwritesAndPriority() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CuratedGazetteer.RESOURCE)) {
            assertThat(in).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSizeGreaterThan(1000).allSatisfy(line -> {
                String[] fields = line.split("\t");
                assertThat(fields).as(line).hasSize(4);
                assertThat(fields[1]).as(line).isIn("TITLE", "COUNTRY", "NATIONALITY", "CITY");
                assertThat(Double.parseDouble(fields[3])).as(line).isPositive();
            });
        }
    }
}

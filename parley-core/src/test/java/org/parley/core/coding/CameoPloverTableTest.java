package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class CameoPloverTableTest {

    private final CameoPloverTable table = CameoPloverTable.bundled();

    @Test
    void aCodeReadsItsOwnRowWithTypeAndMode() {
        assertThat(table.of("041")).hasValueSatisfying(p -> {
            assertThat(p.type()).isEqualTo("CONSULT");
            assertThat(p.mode()).isEqualTo("phone");
        });
        assertThat(table.of("0841")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo("RETREAT"));
    }

    @Test
    void aCodeTheTableLacksIsReadThroughItsParentThenItsRoot() {
        assertThat(table.of("0469")).hasValueSatisfying(p -> {
            assertThat(p.cameo()).isEqualTo("046");
            assertThat(p.type()).isEqualTo("CONSULT");
        });
        assertThat(table.of("049")).hasValueSatisfying(p -> assertThat(p.cameo()).isEqualTo("04"));
    }

    @Test
    void statementsAppealsAndMalformedCodesHaveNoType() {
        assertThat(table.of("010")).isEmpty();
        assertThat(table.of("023")).isEmpty();
        assertThat(table.of("---")).isEmpty();
        assertThat(table.of(null)).isEmpty();
    }

    @Test
    void aCameoCodeHasTwoToFourDigits() {
        assertThat(CameoPloverTable.isCameoCode("04")).isTrue();
        assertThat(CameoPloverTable.isCameoCode("0841")).isTrue();
        assertThat(CameoPloverTable.isCameoCode("0")).isFalse();
        assertThat(CameoPloverTable.isCameoCode("08411")).isFalse();
        assertThat(CameoPloverTable.isCameoCode("04a")).isFalse();
        assertThat(CameoPloverTable.isCameoCode("---")).isFalse();
        assertThat(CameoPloverTable.isCameoCode("")).isFalse();
    }

    @Test
    void theFirstRowOfACodeGivenTwiceCounts() {
        CameoPloverTable read = CameoPloverTable.read(new StringReader("08\tCONCEDE\t-\t-\n08\tRETREAT\t-\t-\n"), "t");
        assertThat(read.of("08")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo("CONCEDE"));
        assertThat(read.of("08").orElseThrow().mode()).isNull();
    }

    @Test
    void aMalformedCodeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CameoPloverTable.read(new StringReader("4x\tAGREE\t-\t-\n"), "bad.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("bad.tsv");
    }
}

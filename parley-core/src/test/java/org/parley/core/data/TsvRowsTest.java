package org.parley.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvRowsTest {

    @Test
    void skipsCommentsAndBlankLinesAndParsesEachRow() {
        List<Double> values = TsvRows.parse(new StringReader("# where from\n# columns: name\tvalue\n\na\t1.5\nb\t2\n"),
                "t.tsv", 2, row -> row.number(1, "value"));
        assertThat(values).containsExactly(1.5, 2.0);
    }

    @Test
    void reportsEveryMalformedRowWithItsLine() {
        assertThatThrownBy(() -> TsvRows.parse(new StringReader("a\tx\nb\n# c\nd\t4\n"), "t.tsv", 2,
                row -> row.number(1, "value")))
                .isInstanceOf(DataFileException.class)
                .satisfies(e -> assertThat(((DataFileException) e).problems()).containsExactly(
                        "t.tsv:1: value is not a number: 'x'", "t.tsv:2: expected 2 tab-separated columns, found 1"));
    }

    @Test
    void keysRowsByTheirFirstCellInFileOrderAndRejectsAKeyGivenTwice() {
        Map<String, String> byKey = TsvRows.parseByKey(new StringReader("b\tB\na\tA\n"), "k.tsv", 2, row -> row.cell(1));
        assertThat(byKey).containsExactly(Map.entry("b", "B"), Map.entry("a", "A"));

        assertThatThrownBy(() -> TsvRows.parseByKey(new StringReader("a\t1\nb\t2\na\t3\n"), "k.tsv", 2, row -> row.cell(1)))
                .isInstanceOf(DataFileException.class).hasMessageContaining("k.tsv:3: 'a' is given twice");
    }

    @Test
    void aHeaderRowMustNameTheColumns() {
        List<String> header = List.of("name", "value");
        assertThat(TsvRows.parseWithHeader(new StringReader("# c\nname\tvalue\na\t1\n"), "h.tsv", header, row -> row.cell(0)))
                .containsExactly("a");
        assertThatThrownBy(() -> TsvRows.parseWithHeader(new StringReader("value\tname\na\t1\n"), "h.tsv", header,
                row -> row.cell(0)))
                .isInstanceOf(DataFileException.class).hasMessageContaining("h.tsv:1: header must be name<TAB>value")
                .satisfies(e -> assertThat(((DataFileException) e).problems()).hasSize(1));
        assertThatThrownBy(() -> TsvRows.parseWithHeader(new StringReader("# only a comment\n"), "h.tsv", header,
                row -> row.cell(0)))
                .isInstanceOf(DataFileException.class).hasMessageContaining("h.tsv: no header row");
    }

    @Test
    void aMissingBundledResourceIsNamed() {
        assertThatThrownBy(() -> TsvRows.bundled(TsvRows.class, "absent.tsv", 1, row -> row))
                .isInstanceOf(DataFileException.class).hasMessageContaining("org/parley/core/data/absent.tsv");
    }

    @Test
    void aHeaderValueIsReadFromTheCommentLinesAndAMissingOneIsNamed() {
        assertThat(Long.parseLong(TsvRows.headerValue(org.parley.core.cluster.TermWeights.class,
                "background-words.tsv", "total_words"))).isGreaterThan(1_000_000);
        assertThatThrownBy(() -> TsvRows.headerValue(org.parley.core.cluster.TermWeights.class,
                "background-words.tsv", "no_such_key"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("background-words.tsv")
                .hasMessageContaining("no_such_key");
    }
}

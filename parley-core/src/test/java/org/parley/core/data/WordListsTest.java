package org.parley.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static final String TABLE = """
            # Test lists.
            # columns: list\twords\tuse
            plans\twill | shall\tauxiliaries of a plan
            empty\t\tnothing yet
            """;

    @Test
    void givesEachListsWordsInFileOrder() {
        WordLists lists = WordLists.parse(new StringReader(TABLE), "w.tsv");
        assertThat(lists.of("plans")).containsExactly("will", "shall");
        assertThat(lists.of("empty")).isEmpty();
    }

    @Test
    void anUnknownListFailsNamingTheFileAndTheList() {
        WordLists lists = WordLists.parse(new StringReader(TABLE), "w.tsv");
        assertThatThrownBy(() -> lists.of("plan")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("w.tsv has no list 'plan'");
    }

    @Test
    void aListOrAWordGivenTwiceIsAMalformedRow() {
        assertThatThrownBy(() -> WordLists.parse(new StringReader(TABLE + "plans\tmay\tagain\n"), "w.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("w.tsv:5: 'plans' is given twice");
        assertThatThrownBy(() -> WordLists.parse(new StringReader("negations\tnot|no|not\tcues\n"), "w.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("w.tsv:1: list 'negations' gives a word twice");
    }
}

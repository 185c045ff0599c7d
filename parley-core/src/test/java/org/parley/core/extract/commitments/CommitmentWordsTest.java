package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class CommitmentWordsTest {

    @Test
    void readsTheBundledLists() {
        assertThat(CommitmentWords.of("sign_verbs")).contains("sign", "ink", "finalise");
        assertThat(CommitmentWords.of("condition_marks")).contains("if");
        assertThat(CommitmentWords.of("generic_title_words")).contains("(", "memorandum");
    }

    @Test
    void anUnknownListFailsNamingIt() {
        assertThatThrownBy(() -> CommitmentWords.of("sign_verb")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("commitment-words.tsv has no list 'sign_verb'");
    }
}

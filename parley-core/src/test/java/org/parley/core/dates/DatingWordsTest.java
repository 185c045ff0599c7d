package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class DatingWordsTest {

    @Test
    void readsTheBundledListsInFileOrder() {
        assertThat(DatingWords.of("plan_auxiliaries")).containsExactly("will", "shall");
        assertThat("since").matches("(?:" + DatingWords.alternatives("span_prepositions") + ")");
    }

    @Test
    void anUnknownListFailsNamingIt() {
        assertThatThrownBy(() -> DatingWords.of("reporting_verbs")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("dating-words.tsv has no list 'reporting_verbs'");
    }
}

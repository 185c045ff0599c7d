package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class EnumWordListsTest {

    private enum Lists { NEGATION, REPORTING_VERB }

    @Test
    void readsEveryListByItsLowerCaseName() {
        EnumWordLists<Lists> lists = EnumWordLists.read(new StringReader(
                "# columns: list\tword\nnegation\tnot\nnegation\tnever\nreporting_verb\tsay\n"), "ok.tsv", Lists.class);
        assertThat(lists.words(Lists.NEGATION)).containsExactlyInAnyOrder("not", "never");
        assertThat(lists.contains(Lists.REPORTING_VERB, "say")).isTrue();
        assertThat(lists.contains(Lists.REPORTING_VERB, "not")).isFalse();
        // an actor without a sector asks with null: no list holds it (a PROTEST by a group of no sector threw)
        assertThat(lists.contains(Lists.NEGATION, null)).isFalse();
    }

    @Test
    void anUnknownListFailsNamingTheLineAndAnEmptyOneNamingTheList() {
        assertThatThrownBy(() -> EnumWordLists.read(new StringReader("negation\tnot\nnegations\tno\n"), "bad.tsv",
                Lists.class)).isInstanceOf(DataFileException.class).hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("unknown list 'negations'");
        assertThatThrownBy(() -> EnumWordLists.read(new StringReader("negation\tnot\n"), "short.tsv", Lists.class))
                .hasMessageContaining("short.tsv: no words for reporting_verb");
    }

    @Test
    void theBundledListsLoad() {
        EventWords words = EventWords.bundled();
        assertThat(words.modality().contains(EventWords.ModalityCue.NEGATING_VERB, "fail")).isTrue();
        assertThat(words.sides().words(EventWords.SideRule.STRIKES_PLACE)).containsExactlyInAnyOrder("ASSAULT",
                "COERCE", "CONCEDE", "SANCTION", "PROTEST", "RETREAT");
        assertThat(words.prepositions().words(EventWords.PrepositionRole.NESTED_TARGET))
                .containsExactlyInAnyOrder("to", "for", "against");
        assertThat(words.modeRanks()).containsEntry("phone", 3);
    }
}

package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordBasesTest {

    /** An inventory that, like WordNet, knows "nominate" and "die" but not what "nominee" or "dead" name. */
    private static final SenseInventory VERBS_ONLY = (lemma, wordClass) -> Map.of(
            "VERB:nominate", Set.of("v:propose"), "VERB:die", Set.of("v:perish"), "NOUN:nominee", Set.of("n:candidate"))
            .getOrDefault(wordClass + ":" + lemma, Set.of());

    private final WordBases bases = WordBases.over(VERBS_ONLY);

    @Test
    void anEeNounMeetsTheVerbOfItsAct() {
        assertThat(bases.concepts("nominee", WordClass.NOUN)).contains("n:candidate", "v:propose")
                .containsAnyElementsOf(bases.concepts("nominate", WordClass.VERB));
    }

    @Test
    void aStateAdjectiveMeetsTheEventThatLeftIt() {
        assertThat(bases.concepts("Dead", WordClass.ADJECTIVE)).contains("v:perish")
                .containsAnyElementsOf(bases.concepts("die", WordClass.VERB));
    }

    @Test
    void anUntaggedHeadlineWordIsReadInItsTabledClass() {
        assertThat(bases.concepts("dead", WordClass.OTHER)).contains("v:perish");
    }

    @Test
    void anAcronymMeetsTheActItAbbreviatesThoughTheInventoryKnowsNeither() {
        assertThat(bases.concepts("DUI", WordClass.NOUN)).isNotEmpty()
                .containsAnyElementsOf(bases.concepts("drunk driving", WordClass.NOUN));
        assertThat(bases.concepts("drunken driving", WordClass.NOUN))
                .containsAnyElementsOf(bases.concepts("dui", WordClass.NOUN));
    }

    @Test
    void aWordOutsideTheTableKeepsItsOwnConceptsOnly() {
        assertThat(bases.concepts("meet", WordClass.VERB)).isEmpty();
        assertThat(bases.concepts("dead", WordClass.NOUN)).isEmpty();
        assertThat(bases.concepts("nominee", WordClass.VERB)).isEmpty();
    }
}

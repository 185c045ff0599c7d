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
        assertThat(bases.concepts("nominee", WordClass.NOUN)).containsExactlyInAnyOrder("n:candidate", "v:propose");
    }

    @Test
    void aStateAdjectiveMeetsTheEventThatLeftIt() {
        assertThat(bases.concepts("Dead", WordClass.ADJECTIVE)).containsExactly("v:perish");
    }

    @Test
    void anUntaggedHeadlineWordIsReadInItsTabledClass() {
        assertThat(bases.concepts("dead", WordClass.OTHER)).containsExactly("v:perish");
    }

    @Test
    void aWordOutsideTheTableKeepsItsOwnConceptsOnly() {
        assertThat(bases.concepts("die", WordClass.VERB)).containsExactly("v:perish");
        assertThat(bases.concepts("dead", WordClass.NOUN)).isEmpty();
    }
}

package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.coref.SenseInventory;
import org.parley.core.coref.WordClass;

class WordNetSenseInventoryTest {

    private static final SenseInventory WORDNET = WordNetSenseInventory.open(3);

    private static boolean related(String a, WordClass ca, String b, WordClass cb) {
        Set<String> left = WORDNET.concepts(a, ca);
        return left.stream().anyMatch(WORDNET.concepts(b, cb)::contains);
    }

    @Test
    void hitAndStrikeShareASense() {
        assertThat(related("hit", WordClass.VERB, "strike", WordClass.VERB)).isTrue();
    }

    @Test
    void apprehendIsAnArrest() {
        assertThat(related("apprehend", WordClass.VERB, "arrest", WordClass.VERB)).isTrue();
        assertThat(related("arrest", WordClass.NOUN, "arrest", WordClass.VERB)).isTrue();
    }

    @Test
    void aMeetingIsWhatMeetNames() {
        assertThat(related("meeting", WordClass.NOUN, "meet", WordClass.VERB)).isTrue();
    }

    @Test
    void earthquakeAndQuakeAreOneConcept() {
        assertThat(related("earthquake", WordClass.NOUN, "quake", WordClass.NOUN)).isTrue();
    }

    @Test
    void killingCausesDying() {
        assertThat(related("kill", WordClass.VERB, "die", WordClass.VERB)).isTrue();
    }

    @Test
    void aPhraseReachesThePlainerEventAboveIt() {
        assertThat(related("gun down", WordClass.VERB, "shoot", WordClass.VERB)).isTrue();
        // a single word does not: an award is no Oscar
        assertThat(related("oscar", WordClass.NOUN, "award", WordClass.NOUN)).isFalse();
    }

    @Test
    void aPhraseIsAnEntryAndItsInflectionsFindIt() {
        assertThat(related("academy awards", WordClass.NOUN, "oscar", WordClass.NOUN)).isTrue();
        assertThat(WORDNET.concepts("open fire", WordClass.VERB)).isNotEmpty();
    }

    @Test
    void aPhraseIsNotFoundThroughOneOfItsWords() {
        assertThat(WORDNET.concepts("drunk driving", WordClass.NOUN)).isEmpty();
    }

    @Test
    void anUntaggedWordIsReadAsVerbAndNoun() {
        assertThat(related("arrested", WordClass.OTHER, "apprehend", WordClass.VERB)).isTrue();
    }

    @Test
    void unrelatedWordsShareNothing() {
        assertThat(related("say", WordClass.VERB, "earthquake", WordClass.NOUN)).isFalse();
        assertThat(related("die", WordClass.VERB, "win", WordClass.VERB)).isFalse();
    }

    @Test
    void unknownWordsAndOtherClassesHaveNoConcepts() {
        assertThat(WORDNET.concepts("qwzrtx", WordClass.NOUN)).isEmpty();
        assertThat(WORDNET.concepts("the", WordClass.OTHER)).isEmpty();
    }
}

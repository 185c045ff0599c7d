package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

class PennTreeSentencesTest {

    private final PennTreeSentences trees = new PennTreeSentences();

    @Test
    void givesTokensLemmasAndUniversalDependenciesOfATree() {
        Sentence s = trees.sentence("(ROOT (S (NP (NNP Valoria)) (VP (VBD met) (NP (DT the) (NNS envoys))) (. .)))");
        assertEquals(5, s.tokens().size());
        assertEquals(org.parley.model.PartOfSpeech.VERB_PAST, s.tokens().get(1).pos());
        assertEquals("meet", s.tokens().get(1).lemma());
        assertEquals("envoy", s.tokens().get(3).lemma());
        assertEquals("met", "Valoria met the envoys .".substring(s.tokens().get(1).span().begin(), s.tokens().get(1).span().end()));
        assertEquals(new Dependency("root", -1, 1), find(s, 1));
        assertEquals(new Dependency("nsubj", 1, 0), find(s, 0));
        assertEquals(new Dependency("obj", 1, 3), find(s, 3));
    }

    @Test
    void rejectsBracketsThatAreNoTree() {
        assertThrows(IllegalArgumentException.class, () -> trees.sentence("   "));
    }

    private static Dependency find(Sentence s, int dependent) {
        return s.dependencies().stream().filter(d -> d.dependent() == dependent).findFirst().orElseThrow();
    }
}

package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.coding.TestSentences.sentence;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

/** PETRARCH's verb-pattern rules on hand-written sentences: which pattern gives an event its code. */
class VerbPatternsTest {

    private static final String VERBS = """
            &NEGATIVE
            +DID N'T
            +WILL NOT
            --- QUARREL [120] ---
            QUARREL
            - &NEGATIVE * OVER TALKS [904]
            - &NEGATIVE EVER * OVER TALKS [905]
            - * OVER TALKS [121]
            --- CONCUR [031] ---
            CONCUR
            - % * [030:030]
            """;
    private static final String ACTORS = """
            VALORIA [VAL]
            OSTMARK [OST]
            NORLAND [NOR]
            """;

    private final DictionaryEventCoder coder = new DictionaryEventCoder(new CodingDictionaries(
            new VerbDictionaryReader().read(new StringReader(VERBS), "verbs").dictionary(),
            new ActorDictionaryReader().read(new StringReader(ACTORS), "actors").dictionary(),
            new AgentDictionaryReader().read(new StringReader("ENVOY [~GOV]\n"), "agents").dictionary(),
            new DiscardList(List.of()), List.of()));

    @Test
    void aSeveralWordSynsetBeforeTheVerbReadsInSentenceOrder() {
        Sentence negated = sentence("Valoria/NNP did/VBD n't/RB quarrel/VB over/IN talks/NNS with/IN Ostmark/NNP",
                "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "case 5 4", "obl 3 5", "case 7 6", "nmod 5 7");
        assertThat(triples(negated)).containsExactly("VAL|OST|904");
        Sentence ever = sentence("Valoria/NNP will/MD not/RB ever/RB quarrel/VB over/IN talks/NNS with/IN Ostmark/NNP",
                "nsubj 4 0", "aux 4 1", "advmod 4 2", "advmod 4 3", "root -1 4", "case 6 5", "obl 4 6", "case 8 7",
                "nmod 6 8");
        assertThat(triples(ever)).containsExactly("VAL|OST|905");
        Sentence plain = sentence("Valoria/NNP quarreled/VBD over/IN talks/NNS with/IN Ostmark/NNP",
                "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "nmod 3 5");
        assertThat(triples(plain)).containsExactly("VAL|OST|121");
    }

    @Test
    void theActorsOfACompoundSlotActOnEachOther() {
        Sentence both = sentence("Valoria/NNP and/CC Norland/NNP concur/VBP",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3");
        assertThat(triples(both)).containsExactly("VAL|NOR|030", "NOR|VAL|030");
        Sentence alone = sentence("Valoria/NNP concurs/VBZ", "nsubj 1 0", "root -1 1");
        assertThat(triples(alone)).isEmpty();
    }

    private List<String> triples(Sentence s) {
        return coder.code(s, null).events().stream().map(e -> e.source() + "|" + e.target() + "|" + e.code()).toList();
    }
}

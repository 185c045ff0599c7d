package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.coding.TestSentences.sentence;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Sentence;

class DictionaryEventCoderTest {

    private static final String VERBS = """
            &HARDCASH
            +CROWN
            --- GIVE  [070]  ---
            GIVE {GAVE GIVEN GIVING GIVES}
            - * &HARDCASH [071]
            --- SEEM [---] ---
            SEEM
            --- VISIT [042:043] ---
            VISIT
            --- MEET [040] ---
            MEET {MET}
            --- CRITICIZE [121] ---
            CRITICIZE {CRITICIZED}
            --- BELIEVE [023] ---
            BELIEVE {BELIEVES}
            """;
    private static final String ACTORS = """
            VALORIA [VAL]
            OSTMARK [OST]
            NORLAND [NOR]
            NORTH_OSTMARK [NOS]
            PRINCE_OF_ESTRIA [EST]
            DUKE_OTTO
            \t[VALGOV 19900101-19991231]
            \t[VAL]
            """;

    private final DictionaryEventCoder coder = new DictionaryEventCoder(new CodingDictionaries(
            new VerbDictionaryReader().read(new StringReader(VERBS), "verbs").dictionary(),
            new ActorDictionaryReader().read(new StringReader(ACTORS), "actors").dictionary(),
            new AgentDictionaryReader().read(new StringReader("ENVOY [~GOV]\nSOLDIER [~MIL]\n"), "agents").dictionary(),
            new DiscardList(List.of(List.of("FOOTBALL"))), List.of()));

    @Test
    void aPatternWordRefinesTheFamilyCode() {
        Sentence s = sentence("Valoria/NNP gave/VBD crowns/NNS to/IN Ostmark/NNP",
                "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4");
        assertThat(coder.code(s, null).events()).extracting(e -> e.source() + "|" + e.target() + "|" + e.code())
                .containsExactly("VAL|OST|071");
    }

    @Test
    void anAgentJoinsItsCountryAndConjunctsGiveOneEventEach() {
        Sentence s = sentence("the/DT Ostmark/NNP envoy/NN gave/VBD aid/NN to/IN Valoria/NNP and/CC Norland/NNP",
                "det 2 0", "compound 2 1", "nsubj 3 2", "root -1 3", "obj 3 4", "case 6 5", "obl 3 6", "cc 8 7",
                "conj 6 8");
        assertThat(coder.code(s, null).events()).extracting(e -> e.source() + "|" + e.target() + "|" + e.code())
                .containsExactly("OSTGOV|VAL|070", "OSTGOV|NOR|070");
    }

    @Test
    void aPairedCodeGivesTheReverseEventAndActorsAreCodedAtTheDate() {
        Sentence s = sentence("Duke/NNP Otto/NNP visited/VBD Norland/NNP",
                "compound 1 0", "nsubj 2 1", "root -1 2", "obj 2 3");
        assertThat(coder.code(s, LocalDate.of(1995, 3, 1)).events())
                .extracting(e -> e.source() + "|" + e.target() + "|" + e.code())
                .containsExactly("VALGOV|NOR|042", "NOR|VALGOV|043");
        assertThat(coder.code(s, LocalDate.of(2005, 3, 1)).events().get(0).source()).isEqualTo("VAL");
    }

    @Test
    void uncodedVerbsAndDiscardedSentencesSayWhy() {
        Sentence seems = sentence("Valoria/NNP seems/VBZ calm/JJ", "nsubj 1 0", "root -1 1", "xcomp 1 2");
        assertThat(coder.code(seems, null).events()).isEmpty();
        assertThat(coder.code(seems, null).misses()).extracting(CodingMiss::reason)
                .containsExactly(CodingMiss.Reason.NO_PATTERN);
        Sentence football = sentence("Valoria/NNP gave/VBD football/NN", "nsubj 1 0", "root -1 1", "obj 1 2");
        assertThat(coder.code(football, null).misses()).extracting(CodingMiss::reason)
                .containsExactly(CodingMiss.Reason.DISCARDED);
        Sentence unknown = sentence("Valoria/NNP danced/VBD", "nsubj 1 0", "root -1 1");
        assertThat(coder.code(unknown, null).misses()).extracting(CodingMiss::reason)
                .containsExactly(CodingMiss.Reason.NO_VERB_FAMILY);
    }

    @Test
    void anEventNeedsBothSidesUnlessSeveralSourcesCooperate() {
        Sentence alone = sentence("Valoria/NNP visited/VBD", "nsubj 1 0", "root -1 1");
        assertThat(coder.code(alone, null).events()).isEmpty();
        assertThat(coder.code(alone, null).misses()).extracting(CodingMiss::reason)
                .containsExactly(CodingMiss.Reason.ONE_SIDED);
        Sentence together = sentence("Valoria/NNP and/CC Ostmark/NNP met/VBD",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3");
        assertThat(coder.code(together, null).events()).extracting(e -> e.source() + "|" + e.target() + "|" + e.code())
                .containsExactly("VAL|OST|040", "OST|VAL|040");
    }

    @Test
    void theTargetMayBeNamedDeepInsideTheObjectAndANameMaySpanItsPreposition() {
        Sentence nested = sentence("Valoria/NNP criticized/VBD the/DT closure/NN of/IN shops/NNS in/IN North/NNP Ostmark/NNP",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "case 8 6", "compound 8 7",
                "nmod 5 8");
        assertThat(triples(nested)).containsExactly("VAL|NOS|121");
        Sentence prince = sentence("Valoria/NNP criticized/VBD the/DT Prince/NNP of/IN Estria/NNP",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5");
        assertThat(triples(prince)).containsExactly("VAL|EST|121");
    }

    @Test
    void coordinatedAgentsShareTheActorOfTheirPhrase() {
        Sentence s = sentence("envoys/NNS and/CC soldiers/NNS of/IN Norland/NNP criticized/VBD Valoria/NNP",
                "nsubj 5 0", "cc 2 1", "conj 0 2", "case 4 3", "nmod 0 4", "root -1 5", "obj 5 6");
        assertThat(triples(s)).containsExactly("NORGOV|VAL|121", "NORMIL|VAL|121");
    }

    @Test
    void coordinatedAgentsWithoutAnActorAreCodedOneByOne() {
        Sentence s = sentence("envoys/NNS and/CC soldiers/NNS criticized/VBD Valoria/NNP",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "obj 3 4");
        assertThat(triples(s)).containsExactly("---GOV|VAL|121", "---MIL|VAL|121");
    }

    @Test
    void theSubjectOfAFollowingClauseThatIsNoEventIsTheTarget() {
        Sentence after = sentence("Valoria/NNP believes/VBZ Ostmark/NNP can/MD cope/VB",
                "nsubj 1 0", "root -1 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4");
        assertThat(triples(after)).containsExactly("VAL|OST|023");
        Sentence before = sentence("Ostmark/NNP coped/VBD ,/, Valoria/NNP believes/VBZ",
                "nsubj 1 0", "ccomp 4 1", "punct 4 2", "nsubj 4 3", "root -1 4");
        assertThat(triples(before)).isEmpty();
    }

    @Test
    void aPassiveTakesItsSourceFromByElseFromOrIn() {
        Sentence by = sentence("Valoria/NNP was/VBD criticized/VBN in/IN Norland/NNP by/IN Ostmark/NNP",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl 2 4", "case 6 5", "obl 2 6");
        assertThat(triples(by)).containsExactly("OST|VAL|121");
        Sentence in = sentence("Valoria/NNP was/VBD criticized/VBN in/IN Norland/NNP",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl 2 4");
        assertThat(triples(in)).containsExactly("NOR|VAL|121");
    }

    private List<String> triples(Sentence s) {
        return coder.code(s, null).events().stream().map(e -> e.source() + "|" + e.target() + "|" + e.code()).toList();
    }
}

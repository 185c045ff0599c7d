package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.BLINKEN;
import static org.parley.core.extract.ExtractFixtures.DATER;
import static org.parley.core.extract.ExtractFixtures.FRANCE;
import static org.parley.core.extract.ExtractFixtures.IRAN;
import static org.parley.core.extract.ExtractFixtures.LEXICON;
import static org.parley.core.extract.ExtractFixtures.SON;
import static org.parley.core.extract.ExtractFixtures.WORDS;
import static org.parley.core.extract.ExtractFixtures.drafts;
import static org.parley.core.extract.ExtractFixtures.triggers;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.coding.ActorDictionary;
import org.parley.core.coding.AgentDictionary;
import org.parley.core.coding.CameoPloverTable;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.coding.DiscardList;
import org.parley.core.coding.VerbDictionaryReader;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.EventMention;

class VerbDictionaryCoderTest {

    /** A small verb dictionary in PETRARCH's format, written for these tests. */
    private static final String VERBS = """
            --- DISCUSS [040] ---
            DISCUSS {DISCUSSED}
            - * PHONE [041]
            --- KILL [190] ---
            SHOOT {SHOT}
            --- FUNNEL [---] ---
            FUNNEL {FUNNELED}
            - * FOOD [073]
            --- HURL [180] ---
            HURL {HURLED}
            """;
    private static final CodingDictionaries DICTIONARIES = new CodingDictionaries(
            new VerbDictionaryReader().read(new StringReader(VERBS), "verbs").dictionary(),
            new ActorDictionary(List.of()), new AgentDictionary(Map.of()), new DiscardList(List.of()), List.of());
    private static final EventExtractor EXTRACTOR = new EventExtractor(DATER, Gazetteer.bundled(), Countries.bundled(),
            new EventExtractor.Config(LEXICON, TopicLexicon.bundled(), DICTIONARIES, CameoPloverTable.bundled()));

    private static VerbDictionaryCoder coder() {
        return new VerbDictionaryCoder(DICTIONARIES, CameoPloverTable.bundled(), LEXICON, WORDS);
    }

    private static List<EventMention> extract(ParsedText t) {
        return EXTRACTOR.extract(t.article(), t.annotation(), t.actors());
    }

    @Test
    void aPatternGivesTheCodeWithinTheTriggersTypeAndTheTableTheMode() {
        // Blinken discussed trade with Son by phone .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON discussed/VBD=discuss trade/NN with/IN "
                        + "Son/NNP/PERSON by/IN phone/NN ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3",
                "obl 1 4", "case 6 5", "obl 1 6", "punct 1 7").actor(0, 1, BLINKEN).actor(4, 5, SON);
        assertThat(drafts(t, triggers(), coder())).singleElement().satisfies(d -> {
            assertThat(d.coding().type()).isEqualTo("CONSULT");
            assertThat(d.coding().cameo()).isEqualTo("041");
            assertThat(d.coding().mode()).isEqualTo("phone");
            assertThat(d.coding().why()).contains("DISCUSS pattern line");
        });
    }

    @Test
    void aFamilyDefaultKeepsTheTriggersMoreSpecificCodeAndSaysWhy() {
        // France shot Iran 's soldiers . (trigger shoot: ASSAULT 193; the KILL family alone: 190)
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY shot/VBD=shoot Iran/NNP/COUNTRY 's/POS "
                        + "soldiers/NNS=soldier ./.", "nsubj 1 0", "root -1 1", "nmod:poss 4 2", "case 2 3", "obj 1 4",
                "punct 1 5").actor(0, 1, FRANCE).actor(2, 3, IRAN);
        assertThat(drafts(t, triggers(), coder())).singleElement().satisfies(d -> {
            assertThat(d.coding().cameo()).isEqualTo("193");
            assertThat(d.coding().why()).startsWith("trigger shoot").contains("KILL family code");
        });
    }

    @Test
    void aTriggerTheDictionaryCannotCodeKeepsItsOwnRowsCodeAndSaysSo() {
        // France accused Iran . (no ACCUSE family in the dictionary: no code is made up)
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY accused/VBD=accuse Iran/NNP/COUNTRY ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3").actor(0, 1, FRANCE).actor(2, 3, IRAN);
        TriggerRule row = LEXICON.rules("accuse", false).get(0);
        assertThat(drafts(t, triggers(), coder())).singleElement().satisfies(d -> {
            assertThat(d.coding().type()).isEqualTo(row.type());
            assertThat(d.coding().cameo()).isEqualTo(row.cameo());
            assertThat(d.coding().why()).isEqualTo("trigger accuse; the verb dictionary has no family for it");
        });
    }

    @Test
    void aVerbOnlyTheDictionaryCodesByAPatternBecomesAnEventWithSides() {
        // France funneled food to Iran .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY funneled/VBD=funnel food/NN to/IN "
                        + "Iran/NNP/COUNTRY ./.", "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4",
                "punct 1 5").actor(0, 1, FRANCE).actor(4, 5, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AID");
            assertThat(e.cameo()).isEqualTo("073");
            assertThat(e.trigger()).isEqualTo("funneled");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aFamilyDefaultAloneOrAWishedActMakesNoCandidate() {
        // France hurled Iran . / France wanted to funnel food to Iran .
        ParsedText t = new ParsedText()
                .sentence("France/NNP/COUNTRY hurled/VBD=hurl Iran/NNP/COUNTRY ./.", "nsubj 1 0", "root -1 1",
                        "obj 1 2", "punct 1 3").actor(0, 1, FRANCE).actor(2, 3, IRAN)
                .sentence("France/NNP/COUNTRY wanted/VBD=want to/TO funnel/VB food/NN to/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "case 6 5", "obl 3 6",
                        "punct 1 7").actor(0, 1, FRANCE).actor(6, 7, IRAN);
        assertThat(drafts(t, triggers(), coder())).isEmpty();
    }
}

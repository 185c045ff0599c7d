package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryReadersTest {

    static final String VERBS = """
            <!-- a small verb dictionary written for these tests -->
            &HARDCASH
            +CROWNS
            +SILVER_MARKS_
            &MONEYLIKE_
            +&HARDCASH
            +GRAIN

            --- GIVE  [070]  ---
            GIVE {GAVE GIVEN GIVING GIVES}  # irregular forms
            DONATE
            - * &MONEYLIKE [071]
            - PROMISED_* TO + [072:073]
            - * ^ AID_TO $  [---]
            --- CLOSE [---] ---
            +SHUT_DOWN
            WIRE_+TAP [1711]
            - * BORDER [192]
            --- BROKEN
            """;

    @Test
    void readsSynsetsFamiliesFormsAndPatterns() {
        DictionaryRead<VerbDictionary> read = new VerbDictionaryReader().read(new StringReader(VERBS), "test.verbs.txt");
        VerbDictionary verbs = read.dictionary();
        assertThat(verbs.synset("HARDCASH")).containsExactly(List.of("CROWNS"), List.of("CROWNSES"), List.of("SILVER", "MARKS"));
        assertThat(verbs.synset("MONEYLIKE")).contains(List.of("GRAIN"), List.of("CROWNS")).doesNotContain(List.of("GRAINS"));
        assertThat(verbs.verbs("GAVE")).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo(new EventCode("070", "")));
        assertThat(verbs.verbs("DONATED")).hasSize(1);
        assertThat(verbs.verbs("DONATING")).hasSize(1);
        assertThat(verbs.verbs("SHUT").get(0).form().after()).containsExactly("DOWN");
        VerbForm tap = verbs.verbs("TAPS").get(0).form();
        assertThat(tap.before()).containsExactly("WIRE");
        assertThat(tap.code()).isEqualTo(EventCode.parse("1711"));

        VerbFamily give = verbs.families().get(0);
        VerbPattern promised = give.patterns().get(1);
        assertThat(promised.before()).containsExactly(new PatternElement.Words(List.of("PROMISED"), true));
        assertThat(promised.after()).containsExactly(new PatternElement.Words(List.of("TO"), false),
                new PatternElement.Slot(PatternElement.Role.TARGET, false));
        assertThat(promised.code().paired()).isTrue();
        assertThat(give.patterns().get(2).code().isEvent()).isFalse();
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("test.verbs.txt:19:").contains("no [CODE]"));
    }

    @Test
    void readsActorsWithSynonymsAndDatedCodes() {
        String actors = """
                VALORIA_ [VAL]
                +VALORIAN
                GRAND DUKE OTTO
                +OTTO
                \t[VALGOV 19900101-19991231]
                \t[VALELI >000101]
                \t[VAL]
                OLD_KINGDOM
                \t[OKG <19500101]
                NAMELESS
                BADLY_DATED [XXX 1990-1995]
                """;
        DictionaryRead<ActorDictionary> read = new ActorDictionaryReader().read(new StringReader(actors), "test.actors.txt");
        ActorEntry otto = read.dictionary().longestAt(List.of("GRAND", "DUKE", "OTTO"), 0).orElseThrow().value();
        assertThat(otto.codeOn(LocalDate.of(1995, 5, 1))).contains("VALGOV");
        assertThat(otto.codeOn(LocalDate.of(2005, 5, 1))).contains("VALELI");
        assertThat(otto.codeOn(LocalDate.of(1980, 5, 1))).contains("VAL");
        assertThat(read.dictionary().longestAt(List.of("OTTO"), 0)).isPresent();
        ActorEntry old = read.dictionary().longestAt(List.of("OLD", "KINGDOM"), 0).orElseThrow().value();
        assertThat(old.codeOn(LocalDate.of(1960, 1, 1))).isEmpty();
        assertThat(old.codeOn(LocalDate.of(1949, 1, 1))).contains("OKG");
        assertThat(read.problems()).extracting(DictionaryProblem::line).containsExactly(10, 11);
        assertThat(read.problems().get(0).problem()).contains("NAMELESS has no code");
    }

    @Test
    void readsAgentsWithPluralsAndSubstitutions() {
        String agents = """
                !PEOPLE! = MAN, MEN
                ENVOY [~GOV]
                HARBOUR_POLICE {} [~COP]
                RELIEF_CHARITY {RELIEF_CHARITIES} [NGO~]
                FERRY!PEOPLE! [~BUS]
                WARDEN [GOV]
                """;
        DictionaryRead<AgentDictionary> read = new AgentDictionaryReader().read(new StringReader(agents), "test.agents.txt");
        AgentDictionary dict = read.dictionary();
        assertThat(dict.longestAt(List.of("ENVOYS"), 0)).get().extracting(f -> f.value().code()).isEqualTo("GOV");
        assertThat(dict.longestAt(List.of("HARBOUR", "POLICES"), 0)).isEmpty();
        assertThat(dict.longestAt(List.of("RELIEF", "CHARITIES"), 0).orElseThrow().value().applyTo("VAL")).isEqualTo("NGOVAL");
        assertThat(dict.longestAt(List.of("FERRYMEN"), 0)).isPresent();
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(6));
    }

    @Test
    void eventCodesReadPairsAndTheNullCode() {
        assertThat(EventCode.parse("032:033").reverse()).isEqualTo("033");
        assertThat(EventCode.parse(":173").forward()).isEqualTo(EventCode.NONE);
        assertThat(EventCode.parse(":173").isEvent()).isTrue();
        assertThat(EventCode.parse("---").isEvent()).isFalse();
    }
}

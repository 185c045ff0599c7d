package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Rows of session 14 (issue 12) for acts the CAMEO verb dictionary codes through a noun Parley did not reach:
 * light nouns ("a mediation effort", triggers.tsv {@code light} nouns), "open" as a light verb and a noun's
 * phrase the parser gave its light verb, a mediation aimed at the parties of its between-phrase
 * ({@code between_targets} of side-rules.tsv), a state of emergency, war games, work shunned and a welcome given.
 * Each on a sentence written for the test, parsed by hand.
 */
class LightNounRowsTest {

    private static final Actor NORWAY = Actor.country("Norway", "NOR");
    private static final Actor TEACHERS = new Actor("Iranian teachers", ActorKind.GROUP, null, "IRN", "EDU");

    @Test
    void aMediationEffortIsTheMediatorsActOnBothParties() {
        // Norway launched a mediation effort between Iran and France .
        ParsedText t = new ParsedText().sentence(
                        "Norway/NNP/COUNTRY launched/VBD=launch a/DT mediation/NN=mediation effort/NN=effort"
                                + " between/IN Iran/NNP/COUNTRY and/CC France/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4", "case 6 5", "nmod 4 6",
                        "cc 8 7", "conj 6 8", "punct 1 9")
                .actor(0, 1, NORWAY, ActorMention.Basis.COUNTRY).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY)
                .actor(8, 9, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.cameo()).isEqualTo("045");
            assertThat(e.trigger()).isEqualTo("launched mediation effort");
            assertThat(e.source()).containsExactly(NORWAY);
            assertThat(e.target()).containsExactlyInAnyOrder(IRAN, FRANCE);
        });
    }

    @Test
    void mediationEffortsEndedAreAWithdrawalNotAMediation() {
        // France ended its mediation efforts .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY ended/VBD=end its/PRP$=its mediation/NN=mediation efforts/NNS=effort ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 4 2", "compound 4 3", "obj 1 4", "punct 1 5")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SANCTION");
            assertThat(e.cameo()).isEqualTo("165");
            assertThat(e.source()).containsExactly(FRANCE);
        });
    }

    @Test
    void aHearingOpenedIntoSomethingIsAnInvestigationEvenWhenTheParserGivesThePhraseToTheVerb() {
        // Iran opened a hearing on Monday into the elections .  /  Iran opened a hearing on Monday .
        for (boolean into : new boolean[] {true, false}) {
            ParsedText t = into
                    ? new ParsedText().sentence(
                                    "Iran/NNP/COUNTRY opened/VBD=open a/DT hearing/NN=hearing on/IN Monday/NNP/DATE"
                                            + " into/IN the/DT elections/NNS=election ./.",
                                    "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl 1 5", "case 8 6",
                                    "det 8 7", "obl 1 8", "punct 1 9")
                            .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY)
                    : new ParsedText().sentence(
                                    "Iran/NNP/COUNTRY opened/VBD=open a/DT hearing/NN=hearing on/IN Monday/NNP/DATE ./.",
                                    "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                            .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY);
            if (!into) {
                assertThat(extract(t)).as("a hearing into nothing").isEmpty();
                continue;
            }
            assertThat(extract(t)).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("ACCUSE");
                assertThat(e.mode()).isEqualTo("investigate");
                assertThat(e.trigger()).isEqualTo("opened hearing");
                assertThat(e.source()).containsExactly(IRAN);
            });
        }
    }

    @Test
    void aStateOfEmergencyDeclaredIsMartialLaw() {
        // Iran declared a state of emergency .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY declared/VBD=declare a/DT state/NN=state of/IN emergency/NN=emergency ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.cameo()).isEqualTo("1724");
            assertThat(e.source()).containsExactly(IRAN);
        });
    }

    @Test
    void warGamesHeldTogetherAreMilitaryCooperationAlsoThroughAMeasureNoun() {
        // Iran and France launched ten days of war games .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY and/CC France/NNP/COUNTRY launched/VBD=launch ten/CD days/NNS=day of/IN"
                                + " war/NN=war games/NNS=game ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "nummod 5 4", "obj 3 5", "case 8 6",
                        "compound 8 7", "nmod 5 8", "punct 3 9")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(2, 3, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("COOPERATE");
            assertThat(e.cameo()).isEqualTo("062");
            assertThat(e.trigger()).isEqualTo("war games");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void daysOfFightingThatDateAnotherActAreNoNewAct() {
        // Iran and France agreed after two days of fighting .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY and/CC France/NNP/COUNTRY agreed/VBD=agree after/IN two/CD days/NNS=day"
                                + " of/IN fighting/NN=fighting ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "case 6 4", "nummod 6 5", "obl 3 6",
                        "case 8 7", "nmod 6 8", "punct 3 9")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(2, 3, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).extracting(e -> e.type()).doesNotContain("ASSAULT");
    }

    @Test
    void workShunnedIsAStrike() {
        // Iranian teachers shunned work on Monday .
        ParsedText t = new ParsedText().sentence(
                        "Iranian/JJ teachers/NNS=teacher shunned/VBD=shun work/NN=work on/IN Monday/NNP/DATE ./.",
                        "amod 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "case 5 4", "obl 2 5", "punct 2 6")
                .actor(0, 2, TEACHERS);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PROTEST");
            assertThat(e.cameo()).isEqualTo("143");
            assertThat(e.source()).containsExactly(TEACHERS);
        });
    }

    @Test
    void aWelcomeGivenIsAReceptionAndAGiftIsNot() {
        // Biden gave a warm welcome to Chinh .  /  Biden gave a warm coat to Chinh .
        for (String noun : new String[] {"welcome", "coat"}) {
            ParsedText t = new ParsedText().sentence(
                            "Biden/NNP/PERSON gave/VBD=give a/DT warm/JJ " + noun + "/NN=" + noun
                                    + " to/TO Chinh/NNP/PERSON ./.",
                            "nsubj 1 0", "root -1 1", "det 4 2", "amod 4 3", "obj 1 4", "case 6 5", "obl 1 6",
                            "punct 1 7")
                    .actor(0, 1, BIDEN).actor(6, 7, CHINH);
            if (noun.equals("coat")) {
                assertThat(extract(t)).as("a coat given").noneMatch(e -> e.type().equals("CONSULT"));
                continue;
            }
            assertThat(extract(t)).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("CONSULT");
                assertThat(e.mode()).isEqualTo("host");
                assertThat(e.cameo()).isEqualTo("043");
                assertThat(e.source()).containsExactly(BIDEN);
                assertThat(e.target()).containsExactly(CHINH);
            });
        }
    }
}

package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;

/**
 * Rules of session 12 for PLOVER type recall (issue 12), as data in side-rules.tsv and triggers.tsv:
 * a stance stated by a passive participle, a bare acceptance that stays a reply (no agreement of its own), ties
 * restored between two sides, and nouns carried by "complete"/"undertake". Each on a sentence
 * written for the test, parsed by hand.
 */
class StanceAndJointRowsTest {

    @Test
    void aStanceInAPassiveParticipleIsHeldByItsSubject() {
        // Iran is opposed to the plan .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY is/VBZ=be opposed/VBN=oppose to/IN the/DT plan/NN ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).isEmpty();
        });
    }

    @Test
    void aPassiveWithAnAgentIsStillDoneToItsSubject() {
        // Iran was opposed by France .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY was/VBD=be opposed/VBN=oppose by/IN France/NNP/COUNTRY ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl:agent 2 4", "punct 2 5")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(4, 5, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void aBareAcceptanceIsAReplyToAPartnerNotAnAgreementOfItsOwn() {
        // Iran accepted .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY accepted/VBD=accept ./.", "nsubj 1 0", "root -1 1", "punct 1 2")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void anAcceptanceInARelativeClauseDescribesAThingNotNews() {
        // France signed the accord under which Iran accepted the plan .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY signed/VBD=sign the/DT accord/NN under/IN which/WDT Iran/NNP/COUNTRY"
                                + " accepted/VBD=accept the/DT plan/NN ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "obl 7 5", "nsubj 7 6",
                        "acl:relcl 3 7", "det 9 8", "obj 7 9", "punct 1 10")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).noneMatch(e -> e.type().equals("AGREE"));
    }

    @Test
    void tiesRestoredByTwoSidesAreAJointAct() {
        // Iran and Vietnam restored diplomatic ties .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY and/CC Vietnam/NNP/COUNTRY restored/VBD=restore diplomatic/JJ ties/NNS=tie ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "amod 5 4", "obj 3 5", "punct 3 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(2, 3, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SUPPORT");
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void aCompletedInvestigationIsTheInvestigatorsAct() {
        // France completed its investigation .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY completed/VBD=complete its/PRP$=its investigation/NN ./.",
                        "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "punct 1 4")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.source()).containsExactly(FRANCE);
        });
    }
}

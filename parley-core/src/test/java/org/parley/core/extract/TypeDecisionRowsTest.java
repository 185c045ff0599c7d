package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;

/**
 * Rules of session 13 for PLOVER type decisions (issue 12), as data in triggers.tsv and modal-codes.tsv, and a
 * promise's partner read inside the promised act (VerbArguments):
 * a resignation is a RETREAT, a promised act of aid an AGREE, and a failed or negated agreement no
 * agreement (a failure a REJECT). Each on a sentence written for the test, parsed by hand.
 */
class TypeDecisionRowsTest {

    @Test
    void aResignationIsAMaterialRetreatNotAVerbalConcession() {
        // Chinh resigned on Monday .
        ParsedText t = new ParsedText().sentence(
                        "Chinh/NNP/PERSON resigned/VBD=resign on/IN Monday/NNP/DATE ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4")
                .actor(0, 1, CHINH);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("RETREAT");
            assertThat(e.mode()).isEqualTo("resign");
            assertThat(e.cameo()).isEqualTo("0831");
            assertThat(e.source()).containsExactly(CHINH);
        });
    }

    @Test
    void aResignationAgreedToIsAnAgreement() {
        // Chinh agreed to resign .
        ParsedText t = new ParsedText().sentence(
                        "Chinh/NNP/PERSON agreed/VBD=agree to/TO resign/VB=resign ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "punct 1 4")
                .actor(0, 1, CHINH);
        assertThat(extract(t)).extracting(e -> e.type()).contains("AGREE").doesNotContain("CONCEDE");
    }

    @Test
    void aidOfferedIsAnAgreementAndAidGivenIsAid() {
        // France is willing to aid Iran . / France aided Iran .
        for (boolean offered : new boolean[] {true, false}) {
            ParsedText t = offered
                    ? new ParsedText().sentence(
                                    "France/NNP/COUNTRY is/VBZ=be willing/JJ=willing to/TO aid/VB=aid Iran/NNP/COUNTRY ./.",
                                    "nsubj 2 0", "cop 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "punct 2 6")
                            .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(5, 6, IRAN, ActorMention.Basis.COUNTRY)
                    : new ParsedText().sentence("France/NNP/COUNTRY aided/VBD=aid Iran/NNP/COUNTRY ./.",
                                    "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                            .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(2, 3, IRAN, ActorMention.Basis.COUNTRY);
            assertThat(extract(t)).as(offered ? "offered" : "given").singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(offered ? "AGREE" : "AID");
                assertThat(e.cameo()).isEqualTo(offered ? "033" : "070");
                assertThat(e.source()).containsExactly(FRANCE);
                assertThat(e.target()).containsExactly(IRAN);
            });
        }
    }

    @Test
    void aidOfferedToNoOneIsNoAgreement() {
        // France is willing to aid .  (an offer of aid needs a beneficiary, unlike a promised retreat)
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY is/VBZ=be willing/JJ=willing to/TO aid/VB=aid ./.",
                        "nsubj 2 0", "cop 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "punct 2 5")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void anAgreementBothSidesFailedToReachIsAJointRejection() {
        // France and Iran failed to reach an agreement .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY and/CC Iran/NNP/COUNTRY failed/VBD=fail to/TO reach/VB=reach an/DT"
                                + " agreement/NN=agreement ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "mark 5 4", "xcomp 3 5", "det 7 6",
                        "obj 5 7", "punct 3 8")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(2, 3, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.cameo()).isEqualTo("120");
            assertThat(e.source()).contains(FRANCE);
        });
    }

    @Test
    void anAgreementNotReachedIsNoEvent() {
        // France did not reach an agreement with Iran .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY did/VBD=do not/RB reach/VB=reach an/DT agreement/NN=agreement with/IN"
                                + " Iran/NNP/COUNTRY ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "det 5 4", "obj 3 5", "case 7 6",
                        "nmod 5 7", "punct 3 8")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(7, 8, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aPromisesPartnerNamedInsideThePromisedActIsItsTarget() {
        // The US commits to enhancing cooperation with Vietnam .
        ParsedText t = new ParsedText().sentence(
                        "The/DT US/NNP/COUNTRY commits/VBZ=commit to/IN enhancing/VBG=enhance cooperation/NN=cooperation"
                                + " with/IN Vietnam/NNP/COUNTRY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "mark 4 3", "advcl 2 4", "obj 4 5", "case 7 6",
                        "nmod 5 7", "punct 2 8")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY).actor(7, 8, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("AGREE");
            assertThat(e.source()).containsExactly(USA);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void anAgreementToTalkTakesThePartnerOfTheTalks() {
        // Iran agreed to hold talks with France .  (before session 13 a one-sided agreement: no target)
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY agreed/VBD=agree to/TO hold/VB=hold talks/NNS=talk with/IN France/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "case 6 5", "nmod 4 6",
                        "punct 1 7")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(6, 7, FRANCE, ActorMention.Basis.COUNTRY);
        assertThat(extract(t).stream().filter(e -> e.type().equals("AGREE")).toList()).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(IRAN);
            assertThat(e.target()).containsExactly(FRANCE);
        });
    }

    @Test
    void aTelephoneCallIsAPhoneConsultation() {
        // Blinken telephoned Son .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON telephoned/VBD=telephone Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
        });
    }

    @Test
    void troopsContributedAreAid() {
        // France contributed troops to Iran .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY contributed/VBD=contribute troops/NNS=troop to/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(4, 5, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AID");
            assertThat(e.cameo()).isEqualTo("074");
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void inspectorsWithdrawnReduceInvolvementAndTroopsWithdrawnRetreat() {
        // France withdrew inspectors from Iran . / France will withdraw inspectors from Iran . / France withdrew troops
        // from Iran .
        String[][] cases = {{"withdrew/VBD=withdraw", "inspectors/NNS=inspector", "SANCTION"},
                {"will/MD=will withdraw/VB=withdraw", "inspectors/NNS=inspector", "THREATEN"},
                {"withdrew/VBD=withdraw", "troops/NNS=troop", "RETREAT"}};
        for (String[] c : cases) {
            boolean modal = c[0].startsWith("will");
            ParsedText t = new ParsedText().sentence(
                            "France/NNP/COUNTRY " + c[0] + " " + c[1] + " from/IN Iran/NNP/COUNTRY ./.",
                            modal ? new String[] {"nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "case 5 4", "obl 2 5",
                                    "punct 2 6"}
                                    : new String[] {"nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5"})
                    .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY)
                    .actor(modal ? 5 : 4, modal ? 6 : 5, IRAN, ActorMention.Basis.COUNTRY);
            assertThat(extract(t)).as(String.join(" ", c)).singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(c[2]));
        }
    }
}

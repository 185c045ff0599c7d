package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;

/**
 * Rules of session 13 for PLOVER type decisions (issue 12), as data in triggers.tsv and modal-codes.tsv:
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
}

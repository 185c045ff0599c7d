package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;

/**
 * Trigger rows whose object, particle or light verb changes what the act is (issue 12): each on a
 * sentence written for the test, parsed by hand.
 */
class ActCodingRowsTest {

    @Test
    void liftingABlockadeIsAMilitaryRetreatNotAnEasedSanction() {
        // Iran lifted the blockade on Vietnam .
        ParsedText t = new ParsedText().sentence(
                        "Iran/NNP/COUNTRY lifted/VBD=lift the/DT blockade/NN on/IN Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "punct 1 6")
                .actor(0, 1, IRAN, ActorMention.Basis.COUNTRY).actor(5, 6, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("RETREAT");
            assertThat(e.cameo()).isEqualTo("0872");
            assertThat(e.source()).containsExactly(IRAN);
        });
    }

    @Test
    void armsSentAreMilitaryAidNotAMobilization() {
        // The_United_States sent arms to Vietnam .
        ParsedText t = new ParsedText().sentence(
                        "The_United_States/NNP/COUNTRY sent/VBD=send arms/NNS=arm to/IN Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, USA, ActorMention.Basis.COUNTRY).actor(4, 5, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AID");
            assertThat(e.cameo()).isEqualTo("072");
            assertThat(e.source()).containsExactly(USA);
            assertThat(e.target()).containsExactly(VIETNAM);
        });
    }

    @Test
    void aStrikeCalledOffIsEasedDissentReadFromTheParticle() {
        // France called off the strike against Iran .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY called/VBD=call off/RP=off the/DT strike/NN against/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "compound:prt 1 2", "det 4 3", "obj 1 4", "case 6 5", "nmod 4 6",
                        "punct 1 7")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(6, 7, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).extracting(e -> e.type(), e -> e.cameo()).contains(
                org.assertj.core.groups.Tuple.tuple("CONCEDE", "082"));
        assertThat(extract(t)).noneMatch(e -> e.type().equals("REQUEST"));
    }

    @Test
    void inspectorsSentAreAnInvestigation() {
        // The_United_States sent inspectors to Iran .
        ParsedText t = new ParsedText().sentence(
                        "The_United_States/NNP/COUNTRY sent/VBD=send inspectors/NNS=inspector to/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, USA, ActorMention.Basis.COUNTRY).actor(4, 5, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.mode()).isEqualTo("investigate");
            assertThat(e.cameo()).isEqualTo("090");
        });
    }

    @Test
    void anAnnouncedNounActTakesTheAnnouncerAsItsSource() {
        // France announced sanctions against Iran .
        ParsedText t = new ParsedText().sentence(
                        "France/NNP/COUNTRY announced/VBD=announce sanctions/NNS=sanction against/IN Iran/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "nmod 2 4", "punct 1 5")
                .actor(0, 1, FRANCE, ActorMention.Basis.COUNTRY).actor(4, 5, IRAN, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("SANCTION");
            assertThat(e.source()).containsExactly(FRANCE);
            assertThat(e.target()).containsExactly(IRAN);
        });
    }
}

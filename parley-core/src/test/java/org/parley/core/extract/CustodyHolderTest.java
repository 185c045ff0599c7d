package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/** An act of force done to people in someone's custody is that holder's act (issue 12: {@code custody}). */
class CustodyHolderTest {

    private static final Actor EGYPT = Actor.country("Egypt", "EGY");
    private static final Actor SYRIA = Actor.country("Syria", "SYR");

    @Test
    void tortureThatKilledSomeoneInACountrysPoliceCustodyIsThatCountrysAct() {
        // An Egyptian activist died as a result of torture while in Syrian police custody .
        ParsedText t = new ParsedText().sentence("An/DT Egyptian/JJ/NATIONALITY activist/NN=activist died/VBD=die "
                        + "as/IN a/DT result/NN=result of/IN torture/NN=torture while/IN in/IN Syrian/JJ/NATIONALITY "
                        + "police/NN=police custody/NN=custody ./.",
                "det 2 0", "amod 2 1", "nsubj 3 2", "root -1 3", "case 6 4", "det 6 5", "obl 3 6", "case 8 7",
                "nmod 6 8", "mark 13 9", "case 13 10", "amod 13 11", "compound 13 12", "advcl 3 13", "punct 3 14")
                .actor(1, 2, EGYPT, ActorMention.Basis.COUNTRY)
                .actor(11, 12, SYRIA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(SYRIA);
            assertThat(e.target()).containsExactly(EGYPT);
        });
    }

    @Test
    void peopleTorturedInCustodyAreTheHoldersVictims() {
        // Two Egyptian journalists were tortured in Syrian army custody .
        Actor journalists = new Actor("journalists of Egypt", ActorKind.GROUP, null, "EGY", "JRN");
        ParsedText t = new ParsedText().sentence("Two/CD Egyptian/JJ/NATIONALITY journalists/NNS=journalist were/VBD=be "
                        + "tortured/VBN=torture in/IN Syrian/JJ/NATIONALITY army/NN=army custody/NN=custody ./.",
                "nummod 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 8 5", "amod 8 6",
                "compound 8 7", "obl 4 8", "punct 4 9")
                .actor(1, 3, journalists, ActorMention.Basis.COUNTRY)
                .actor(6, 7, SYRIA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source()).containsExactly(SYRIA);
            assertThat(e.target()).containsExactly(journalists);
        });
    }

    @Test
    void tortureWithNoHolderNamedIsNoEvent() {
        // Two Egyptian journalists were tortured in a prison .
        Actor journalists = new Actor("journalists of Egypt", ActorKind.GROUP, null, "EGY", "JRN");
        ParsedText t = new ParsedText().sentence("Two/CD Egyptian/JJ/NATIONALITY journalists/NNS=journalist were/VBD=be "
                        + "tortured/VBN=torture in/IN a/DT prison/NN=prison ./.",
                "nummod 2 0", "amod 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "root -1 4", "case 7 5", "det 7 6",
                "obl 4 7", "punct 4 8")
                .actor(1, 3, journalists, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void theNounActsClauseSubjectIsItsVictimNotItsAgent() {
        // An Egyptian activist died of torture in Syrian police custody .
        ParsedText t = new ParsedText().sentence("An/DT Egyptian/JJ/NATIONALITY activist/NN=activist died/VBD=die "
                        + "of/IN torture/NN=torture in/IN Syrian/JJ/NATIONALITY police/NNS=police custody/NN=custody ./.",
                "det 2 0", "amod 2 1", "nsubj 3 2", "root -1 3", "case 5 4", "obl 3 5", "case 9 6", "amod 9 7",
                "compound 9 8", "nmod 5 9", "punct 3 10")
                .actor(1, 2, EGYPT, ActorMention.Basis.COUNTRY)
                .actor(7, 8, SYRIA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.source()).containsExactly(SYRIA);
            assertThat(e.target()).containsExactly(EGYPT);
        });
    }
}

package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.EventMention;

class ModalityReaderTest {

    /** "France would not meet Iran ." */
    private static ParsedText franceWouldNotMeetIran() {
        return new ParsedText().sentence("France/NNP/COUNTRY would/MD not/RB meet/VB Iran/NNP/COUNTRY ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, FRANCE).actor(4, 5, IRAN);
    }

    @Test
    void anAnnouncedBlockadeIsAThreat() {
        // France would blockade Iran .
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY would/MD blockade/VB Iran/NNP/COUNTRY ./.",
                "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "punct 2 4").actor(0, 1, FRANCE).actor(3, 4, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("THREATEN");
            assertThat(e.cameo()).isEqualTo("137");
            assertThat(e.target()).containsExactly(IRAN);
        });
    }

    @Test
    void anAnnouncedRefusalToMeetIsARejectionAndAPastOneIsNothing() {
        // France would not meet Iran . / France did not meet Iran .
        ParsedText t = franceWouldNotMeetIran()
                .sentence("France/NNP/COUNTRY did/VBD=do not/RB meet/VB Iran/NNP/COUNTRY ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, FRANCE).actor(4, 5, IRAN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.evidence().sentence()).isZero();
        });
    }

    @Test
    void aFailureToAgreeIsARejectionNotAnAgreement() {
        // France failed to agree .  (CAMEO's FAIL family: 120; it was dropped before session 13)
        ParsedText t = new ParsedText().sentence("France/NNP/COUNTRY failed/VBD=fail to/TO agree/VB ./.",
                "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "punct 1 4").actor(0, 1, FRANCE);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("REJECT");
            assertThat(e.cameo()).isEqualTo("120");
            assertThat(e.source()).containsExactly(FRANCE);
        });
    }

    @Test
    void negatedMeetingsAndMeetingsOnlyHopedForAreNotEvents() {
        // Blinken did not meet Son . / Biden hopes to visit Vietnam .  (no plan cue says "hopes to": see
        // PlanStatusReaderTest for the wishes and invitations kept as plans)
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON did/VBD=do not/RB meet/VB Son/NNP/PERSON ./.",
                        "nsubj 3 0", "aux 3 1", "advmod 3 2", "root -1 3", "obj 3 4", "punct 3 5")
                .actor(0, 1, BLINKEN).actor(4, 5, SON)
                .sentence("Biden/NNP/PERSON hopes/VBZ=hope to/TO visit/VB Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "punct 1 5")
                .actor(0, 1, BIDEN).actor(4, 5, VIETNAM, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void aPromisedWithdrawalIsAnAgreementAndADoneOneARetreat() {
        // Vietnam will withdraw from the US . / Vietnam withdrew from the US .
        for (boolean promise : new boolean[] {true, false}) {
            ParsedText t = promise
                    ? new ParsedText().sentence("Vietnam/NNP/COUNTRY will/MD=will withdraw/VB=withdraw from/IN "
                                    + "the/DT US/NNP/COUNTRY ./.",
                            "nsubj 2 0", "aux 2 1", "root -1 2", "case 5 3", "det 5 4", "obl 2 5", "punct 2 6")
                    .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(5, 6, USA, ActorMention.Basis.COUNTRY)
                    : new ParsedText().sentence("Vietnam/NNP/COUNTRY withdrew/VBD=withdraw to/IN the/DT US/NNP/COUNTRY ./.",
                            "nsubj 1 0", "root -1 1", "case 4 2", "det 4 3", "obl 1 4", "punct 1 5")
                    .actor(0, 1, VIETNAM, ActorMention.Basis.COUNTRY).actor(4, 5, USA, ActorMention.Basis.COUNTRY);
            List<EventMention> events = extract(t);
            assertThat(events).as(promise ? "promised" : "done").singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(promise ? "AGREE" : "RETREAT"));
        }
    }

    @Test
    void anAnnouncedRefusalIsReReadAsADirectedRejectOfItsVerb() {
        assertThat(drafts(franceWouldNotMeetIran(), triggers(), modality())).singleElement().satisfies(d -> {
            assertThat(d.rule().type()).isEqualTo("REJECT");
            assertThat(d.rule().pattern()).isEqualTo(TriggerRule.Pattern.DIRECTED);
            assertThat(d.trigger()).isEqualTo("meet");
            assertThat(d.coding()).isEqualTo(new EventDraft.Coding("REJECT", null, "120"));
        });
    }

    @Test
    void aPromisedVisitIsCodedAsAnIntentToMeetButKeepsItsRule() {
        // Blinken will visit Vietnam .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON will/MD=will visit/VB=visit Vietnam/NNP/COUNTRY ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "punct 2 4")
                .actor(0, 1, BLINKEN).actor(3, 4, VIETNAM, ActorMention.Basis.COUNTRY);

        assertThat(drafts(t, triggers(), modality())).singleElement().satisfies(d -> {
            assertThat(d.rule().type()).isEqualTo("CONSULT");
            assertThat(d.coding()).isEqualTo(new EventDraft.Coding("AGREE", null, "036"));
        });
    }
}

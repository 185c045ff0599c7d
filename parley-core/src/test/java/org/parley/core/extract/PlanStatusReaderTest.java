package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.relations.PlanCues;
import org.parley.core.actors.ActorMention;
import org.parley.model.EventMention;
import org.parley.model.EventStatus;

/** Sentences written for these tests: acts still to come are marked planned, reported acts stay held. */
class PlanStatusReaderTest {

    @Test
    void aVisitSomeoneWillPayAndTheTalksItIsForArePlanned() {
        // Blinken will visit Hanoi for talks with Son .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON will/MD visit/VB=visit Hanoi/NNP/CITY for/IN "
                                + "talks/NNS=talk with/IN Son/NNP/PERSON ./.",
                        "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "case 5 4", "obl 2 5", "case 7 6", "nmod 5 7",
                        "punct 2 8")
                .actor(0, 1, BLINKEN).actor(7, 8, SON);

        assertThat(extract(t)).isNotEmpty().allSatisfy(e -> assertThat(e.status()).as(e.trigger()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aMeetingReportedInThePastTenseIsHeld() {
        assertThat(extract(blinkenMetSonInHanoi())).isNotEmpty().extracting(EventMention::status)
                .containsOnly(EventStatus.HELD);
    }

    @Test
    void aScheduledVisitIsPlannedThoughNoModalGovernsIt() {
        // Blinken is scheduled to visit Hanoi .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON is/VBZ=be scheduled/VBN=schedule to/TO visit/VB=visit "
                                + "Hanoi/NNP/CITY ./.",
                        "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "mark 4 3", "xcomp 2 4", "obj 4 5", "punct 2 6")
                .actor(0, 1, BLINKEN);

        assertThat(drafts(t, triggers(), modality(), new PlanStatusReader(PlanCues.bundled())))
                .extracting(EventDraft::trigger, EventDraft::status).containsExactly(tuple("visit", EventStatus.PLANNED));
    }

    @Test
    void aHeadlinesBareInfinitiveAnnouncesTheVisitButTheBodysPastTenseReportsAMeeting() {
        // Blinken to visit Hanoi  (a headline: no final stop, before the body)
        // Blinken met Son .
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON to/TO visit/VB=visit Hanoi/NNP/CITY", "nsubj 2 0", "mark 2 1", "root -1 2",
                        "obj 2 3")
                .actor(0, 1, BLINKEN)
                .sentence("Blinken/NNP/PERSON met/VBD=meet Son/NNP/PERSON ./.", "nsubj 1 0", "root -1 1", "obj 1 2",
                        "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);

        assertThat(drafts(t, triggers(), modality(), new PlanStatusReader(PlanCues.bundled())))
                .extracting(EventDraft::trigger, EventDraft::status)
                .containsExactly(tuple("visit", EventStatus.PLANNED), tuple("met", EventStatus.HELD));
    }

    @Test
    void theSameInfinitiveInRunningTextIsNoAnnouncement() {
        // The aim is for Blinken to visit Hanoi . -- shortened: a body sentence whose root is a bare infinitive
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON met/VBD=meet Son/NNP/PERSON ./.", "nsubj 1 0", "root -1 1", "obj 1 2",
                        "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, SON)
                .sentence("Blinken/NNP/PERSON to/TO visit/VB=visit Hanoi/NNP/CITY ./.", "nsubj 2 0", "mark 2 1",
                        "root -1 2", "obj 2 3", "punct 2 4")
                .actor(0, 1, BLINKEN);

        assertThat(drafts(t, triggers(), modality(), new PlanStatusReader(PlanCues.bundled())))
                .extracting(EventDraft::trigger, EventDraft::status)
                .containsExactly(tuple("met", EventStatus.HELD), tuple("visit", EventStatus.HELD));
    }

    @Test
    void aVisitOnlyInvitedIsKeptAsAnInvitedVisitOfTheInviteeToTheHost() {
        // Trong reiterated the invitation to Biden to visit Vietnam .
        ParsedText t = new ParsedText().sentence("Trong/NNP/PERSON reiterated/VBD=reiterate the/DT invitation/NN=invitation "
                                + "to/IN Biden/NNP/PERSON to/TO visit/VB=visit Vietnam/NNP/COUNTRY ./.",
                        "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "case 5 4", "nmod 3 5", "mark 7 6", "acl 3 7",
                        "obj 7 8", "punct 1 9")
                .actor(0, 1, TRONG).actor(5, 6, BIDEN).actor(8, 9, VIETNAM, ActorMention.Basis.COUNTRY);

        assertThat(extract(t)).filteredOn(e -> e.trigger().equals("visit")).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.INVITED);
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.source()).extracting(a -> a.name()).containsExactly("Joe Biden");
            assertThat(e.target()).extracting(a -> a.name()).containsExactly("Vietnam");
        });
    }

    @Test
    void aVisitWishedForAtAnEarlyDateIsPlannedNotHeld() {
        // Biden wishes to visit Vietnam at an early date .
        ParsedText t = new ParsedText().sentence("Biden/NNP/PERSON wishes/VBZ=wish to/TO visit/VB=visit "
                                + "Vietnam/NNP/COUNTRY at/IN an/DT early/JJ date/NN ./.",
                        "nsubj 1 0", "root -1 1", "mark 3 2", "xcomp 1 3", "obj 3 4", "case 8 5", "det 8 6", "amod 8 7",
                        "obl 3 8", "punct 1 9")
                .actor(0, 1, BIDEN).actor(4, 5, VIETNAM, ActorMention.Basis.COUNTRY);

        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("visit");
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(e.source()).extracting(a -> a.name()).containsExactly("Joe Biden");
            assertThat(e.target()).extracting(a -> a.name()).containsExactly("Vietnam");
        });
    }
}

package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.core.relations.PlanCues;
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
}

package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.EventStatus;

/** A plan and the meeting it became are two records, the plan naming the meeting (mentions written for the tests). */
class PlannedEventsTest {

    private static EventMention planned(EventMention m) {
        return new EventMention(m.type(), m.mode(), m.cameo(), "will visit", m.source(), m.target(), m.date(),
                m.location(), m.topics(), false, m.evidence(), null, EventStatus.PLANNED);
    }

    @Test
    void aPlannedAndAHeldMentionOfOneVisitAreTwoRecordsTheFirstNamingTheSecond() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false));
        EventMention held = consult(2, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, held), java.util.Map.of());

        assertThat(events).hasSize(2);
        Event heldEvent = events.stream().filter(e -> e.status() == EventStatus.HELD).findFirst().orElseThrow();
        Event planEvent = events.stream().filter(e -> e.status() == EventStatus.PLANNED).findFirst().orElseThrow();
        assertThat(planEvent.mentions()).containsExactly(plan);
        assertThat(planEvent.heldAs()).isEqualTo(heldEvent.id());
        assertThat(heldEvent.heldAs()).isNull();
    }

    @Test
    void aPlanAndTheHeldMeetingInOneArticleAreTwoRecordsAndTheArticleDoesNotFulfilItsOwnPlan() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false));
        EventMention held = consult(1, 1, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, held), java.util.Map.of());

        assertThat(events).hasSize(2).extracting(Event::status).containsExactlyInAnyOrder(EventStatus.HELD, EventStatus.PLANNED);
        assertThat(events).extracting(Event::heldAs).containsOnlyNulls();
    }

    @Test
    void aPlanForAnotherDayOrWithAnotherPersonStaysUnfulfilled() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, SON, day("2024-03-20", EventDate.Basis.STATED), HANOI, false));
        EventMention earlier = consult(2, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);
        EventMention other = consult(3, 0, "visit", BLINKEN, CHINH, day("2024-03-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, earlier, other),
                java.util.Map.of());

        assertThat(events).filteredOn(e -> e.status().toCome()).singleElement()
                .satisfies(e -> assertThat(e.heldAs()).isNull());
    }

    @Test
    void aPlanDatedOnlyByItsReportBecomesTheFirstMeetingAfterIt() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, VIETNAM, day("2024-01-28", EventDate.Basis.INFERRED), null, false));
        EventMention before = consult(2, 0, "visit", BLINKEN, SON, day("2024-01-10", EventDate.Basis.STATED), HANOI, false);
        EventMention after = consult(3, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);
        EventMention later = consult(4, 0, "visit", BLINKEN, SON, day("2024-05-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, before, after, later),
                java.util.Map.of());

        Event held = events.stream().filter(e -> e.mentions().contains(after)).findFirst().orElseThrow();
        assertThat(events).filteredOn(e -> e.status().toCome()).singleElement()
                .satisfies(e -> assertThat(e.heldAs()).isEqualTo(held.id()));
    }

    @Test
    void ofTheMonthsMeetingsThePlanBecomesTheTalksOfTheDayNotALaterRecallOfTheMonth() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, VIETNAM, day("2024-01-28", EventDate.Basis.INFERRED), null, false));
        EventMention recalled = consult(2, 0, "visit", BLINKEN, SON, month("2024-02"), HCMC, false);
        EventMention talks = consult(3, 0, "meeting", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, recalled, talks),
                java.util.Map.of());

        Event held = events.stream().filter(e -> e.mentions().contains(talks)).findFirst().orElseThrow();
        assertThat(events).filteredOn(e -> e.mentions().contains(recalled)).singleElement()
                .satisfies(e -> assertThat(e.id()).isNotEqualTo(held.id()));
        assertThat(events).filteredOn(e -> e.status().toCome()).singleElement()
                .satisfies(e -> assertThat(e.heldAs()).isEqualTo(held.id()));
    }

    @Test
    void theTimelineMarksAPlanAfterItsTypeAndAHeldEventNot() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false));
        EventMention held = consult(2, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);

        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, held), java.util.Map.of());

        assertThat(events).extracting(e -> TimelineEntry.of(e).kind())
                .containsExactlyInAnyOrder("CONSULT/visit", "CONSULT/visit (planned)");
    }

    @Test
    void stableIdsRenameTheHeldEventAPlanNames() {
        EventMention plan = planned(consult(1, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false));
        EventMention held = consult(2, 0, "visit", BLINKEN, SON, day("2024-02-20", EventDate.Basis.STATED), HANOI, false);
        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(plan, held), java.util.Map.of());
        String heldId = events.stream().filter(e -> e.status() == EventStatus.HELD).findFirst().orElseThrow().id();

        List<Event> renamed = PlannedEvents.renamed(events, id -> id.equals(heldId) ? "ev-stable" : id);

        assertThat(renamed).filteredOn(e -> e.status().toCome()).singleElement()
                .satisfies(e -> assertThat(e.heldAs()).isEqualTo("ev-stable"));
    }
}

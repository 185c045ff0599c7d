package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;

/** A period contains its days: consolidation never makes a conflict of it, nor merges a summary with a dated act. */
class PeriodConsolidationTest {

    private static final EventConsolidator CONSOLIDATOR = EventConsolidator.of(List.of());

    private static EventDate period(String start, String end, Basis basis) {
        return new EventDate.Period(LocalDate.parse(start), LocalDate.parse(end), DatePrecision.MONTH, basis,
                List.of(start + ".." + end));
    }

    @Test
    void aSummaryOverAPeriodDoesNotAbsorbADatedActInsideIt() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                consult(1, 2, "meeting", BLINKEN, SON, period("2023-09-01", "2024-03-27", Basis.RELATIVE), null, false),
                meeting(2, "2024-03-25", Basis.STATED, null)), Map.of());

        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    }

    @Test
    void aDayInsideAPeriodIsChosenOverItWithoutConflict() {
        DateConsensus.Outcome o = DateConsensus.of(List.of(
                consult(1, 2, "meeting", BLINKEN, SON, period("2023-09-01", "2024-03-27", Basis.RELATIVE), null, false),
                meeting(2, "2024-03-25", Basis.STATED, null)), id -> Optional.empty());

        assertThat(o.date().iso()).isEqualTo("2024-03-25");
        assertThat(o.conflict()).isEmpty();
    }

    @Test
    void aDayOutsideThePeriodIsAnotherEvent() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                consult(1, 2, "meeting", BLINKEN, SON, period("2023-09-01", "2024-03-27", Basis.RELATIVE), null, false),
                meeting(2, "2023-04-15", Basis.STATED, null)), Map.of());

        assertThat(events).hasSize(2);
    }

    @Test
    void nestedPeriodsMergeIntoTheBestSupportedOneWithoutConflict() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                consult(1, 2, "meeting", BLINKEN, SON, period("2023-09-01", "2024-03-27", Basis.RELATIVE), null, false),
                consult(2, 3, "meeting", BLINKEN, SON, period("2023-10-01", "2024-01-31", Basis.STATED), null, false)),
                Map.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).date().written()).isEqualTo("2023-10..2024-01");
        assertThat(TimelineEntry.of(events.get(0)).date()).as("the timeline writes the range").isEqualTo("2023-10..2024-01");
        assertThat(events.get(0).conflicts()).isEmpty();
        assertThat(EventConsolidator.datesAgree(period("2023-09-01", "2023-12-31", Basis.STATED),
                period("2023-11-01", "2024-02-29", Basis.STATED))).as("overlapping, neither containing").isFalse();
    }

    @Test
    void aVisitOfAFewDaysIsTheMeetingOnOneOfThem() {
        EventDate visit = new EventDate.Period(LocalDate.parse("2024-03-25"), LocalDate.parse("2024-03-26"),
                DatePrecision.DAY, Basis.STATED, List.of("from 25 to 26 March"));
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                consult(1, 2, "meeting", BLINKEN, SON, visit, null, false),
                meeting(2, "2024-03-26", Basis.STATED, null)), Map.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).date().iso()).as("the day, inside the visit").isEqualTo("2024-03-26");
        assertThat(events.get(0).conflicts()).isEmpty();
        assertThat(EventConsolidator.datesAgree(visit, day("2024-03-28", Basis.STATED)))
                .as("a day after the visit").isFalse();
        EventDate fortnight = new EventDate.Period(LocalDate.parse("2024-03-20"), LocalDate.parse("2024-04-03"),
                DatePrecision.DAY, Basis.STATED, List.of("over two weeks"));
        assertThat(EventConsolidator.datesAgree(fortnight, day("2024-03-26", Basis.STATED)))
                .as("two weeks are a summary, not one occurrence").isFalse();
    }
}

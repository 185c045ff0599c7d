package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;
import org.parley.model.relations.CooperationPeriod;
import org.parley.model.relations.CooperationSeries;

/** Counts by PLOVER quad class per year and quarter, each count traceable to its events. */
class CooperationTallyTest {
    private static final CooperationTally TALLY = CooperationTally.bundled();
    private static final Actor USA = Actor.country("United States", "USA");
    private static final Actor VNM = Actor.country("Vietnam", "VNM");

    private static Event event(String id, String type, EventDate date) {
        EventMention said = new EventMention(type, null, null, "said", List.of(USA), List.of(VNM), date, null,
                List.of(), false, new Evidence(new ArticleId("0123456789abcdef"), "a.txt", 0, new Span(0, 4), "Said."));
        return new Event(id, null, type, null, null, date, null, List.of(USA), List.of(VNM), List.of(), false,
                List.of(said), List.of());
    }

    private static EventDate day(int y, int m, int d) {
        return new EventDate.ExactDay(LocalDate.of(y, m, d), EventDate.Basis.STATED, List.of());
    }

    @Test
    void countsEachQuadClassPerYearWithItsEventIdsAndScoresTheYear() {
        CooperationSeries series = TALLY.of(List.of(event("ev-3", "CONSULT", day(2023, 9, 10)),
                event("ev-1", "AGREE", day(2023, 9, 11)), event("ev-2", "AID", new EventDate.YearOnly(2023,
                        EventDate.Basis.STATED, List.of())), event("ev-4", "ACCUSE", day(2023, 12, 1)),
                event("ev-5", "ASSAULT", day(2024, 1, 5)), event("ev-6", "CONSULT", new EventDate.Unknown(List.of()))));

        assertThat(series.years()).extracting(CooperationPeriod::period).containsExactly("2023", "2024");
        CooperationPeriod y2023 = series.years().get(0);
        assertThat(y2023.verbalCooperation()).containsExactly("ev-1", "ev-3");
        assertThat(y2023.materialCooperation()).containsExactly("ev-2");
        assertThat(y2023.verbalConflict()).containsExactly("ev-4");
        assertThat(y2023.materialConflict()).isEmpty();
        assertThat(y2023.netCooperation()).isEqualTo((3 - 1) / 4.0);
        assertThat(series.years().get(1).netCooperation()).isEqualTo(-1.0);
        // four events dated to a month or day are too few for quarters
        assertThat(series.quarters()).isEmpty();
    }

    @Test
    void quartersAppearWhenEnoughEventsAreDatedToTheMonth() {
        List<Event> events = new ArrayList<>();
        for (int month = 1; month <= CooperationTally.MIN_EVENTS_FOR_QUARTERS; month++) {
            events.add(event("ev-" + month, month == 5 ? "REJECT" : "CONSULT",
                    new EventDate.MonthOnly(YearMonth.of(2024, month), EventDate.Basis.STATED, List.of())));
        }

        CooperationSeries series = TALLY.of(events);

        assertThat(series.quarters()).extracting(CooperationPeriod::period)
                .containsExactly("2024-Q1", "2024-Q2", "2024-Q3");
        assertThat(series.quarters().get(1).verbalConflict()).containsExactly("ev-5");
        assertThat(series.quarters().get(1).netCooperation()).isEqualTo(1 / 3.0);
        assertThat(series.quarters().stream().mapToInt(CooperationPeriod::total).sum()).isEqualTo(events.size());
        Collections.reverse(events);
        assertThat(TALLY.of(events)).isEqualTo(series);
    }

    @Test
    void everyPloverTypeHasOneQuadClassAndEveryClassHasTypes() {
        Set<String> types = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT");
        List<Event> oneEach = types.stream().map(t -> event("ev-" + t, t, day(2024, 1, 1))).toList();

        CooperationPeriod year = TALLY.of(oneEach).years().get(0);

        assertThat(year.total()).isEqualTo(types.size());
        assertThat(Set.of(year.verbalCooperation(), year.materialCooperation(), year.verbalConflict(),
                year.materialConflict()).stream().map(List::size).collect(Collectors.toSet())).doesNotContain(0);
    }
}

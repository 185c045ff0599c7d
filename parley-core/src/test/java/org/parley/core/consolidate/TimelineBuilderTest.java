package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;

class TimelineBuilderTest {

    private static final Actor XI = new Actor("Xi Jinping", ActorKind.PERSON, "President", "CHN", "GOV");

    private static EventMention support(int article, Actor source, Actor target, EventDate date) {
        return new EventMention("SUPPORT", null, "051", "supports", List.of(source), List.of(target), date, null,
                List.of(), false, new Evidence(id(article), doc(article), 9, new Span(0, 5), "Text."));
    }

    private static List<Event> events() {
        return EventConsolidator.withoutArticles().consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, WASHINGTON),
                meeting(2, "2024-03-26", Basis.STATED, WASHINGTON),
                consult(3, 1, "visit", BLINKEN, SON, month("2023-09"), HANOI, true),
                consult(3, 2, "phone", SON, BLINKEN, day("2021-05-28", Basis.INFERRED), null, false),
                consult(4, 1, "meeting", BLINKEN, XI, day("2023-06-19", Basis.STATED), null, false),
                consult(5, 1, "meeting", BLINKEN, SON, new EventDate.Unknown(List.of()), null, false),
                support(5, USA, VIETNAM, day("2023-09-10", Basis.STATED))), Map.of());
    }

    @Test
    void listsADyadsHeadlineEventsInDateOrderWithPrecisionAndUndatedLast() {
        List<TimelineEntry> timeline = TimelineBuilder.between(events(), "usa", "VNM", false);

        assertThat(timeline).extracting(TimelineEntry::date)
                .containsExactly("2021-05-28~", "2023-09", "2024-03-25", "undated");
        assertThat(timeline.get(1).kind()).isEqualTo("CONSULT/visit (bg)");
        assertThat(timeline.get(2).sources()).isEqualTo(2);
        assertThat(timeline.get(2).disputed()).containsExactly("date");
        assertThat(timeline.get(2).actors()).isEqualTo("Antony Blinken – Bui Thanh Son");
    }

    @Test
    void showsStatementsOnlyWithAll() {
        assertThat(TimelineBuilder.between(events(), "USA", "VNM", true)).extracting(TimelineEntry::date)
                .containsExactly("2021-05-28~", "2023-09", "2023-09-10", "2024-03-25", "undated");
    }

    @Test
    void listsAnActorsEventsAcrossCounterparts() {
        List<TimelineEntry> timeline = TimelineBuilder.ofActor(events(), "blinken", false);

        assertThat(timeline).hasSize(5);
        assertThat(timeline.get(1).event().target()).containsExactly(XI); // 2023-06-19, between the call and the visit
        assertThat(TimelineBuilder.ofActor(events(), "Pham Minh Chinh", true)).isEmpty();
    }
}

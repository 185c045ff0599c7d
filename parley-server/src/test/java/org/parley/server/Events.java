package org.parley.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;

/** Hand-built consolidated events for unit tests. */
final class Events {
    private Events() {
    }

    static Event event(String id, String type, String cameo, EventDate date, Actor source, Actor target, String... topics) {
        Evidence evidence = new Evidence(new ArticleId("a".repeat(64)), "doc.txt", 0, new Span(0, 10), "A sentence.");
        EventMention m = new EventMention(type, null, cameo, "met", List.of(source), List.of(target), date, null,
                List.of(topics), false, evidence);
        return new Event(id, null, type, null, cameo, date, null, List.of(source), List.of(target), List.of(topics), false,
                List.of(m), List.of());
    }

    static EventDate day(String iso) {
        return new EventDate.ExactDay(LocalDate.parse(iso), EventDate.Basis.STATED, List.of());
    }

    static EventDate month(String iso) {
        return new EventDate.MonthOnly(YearMonth.parse(iso), EventDate.Basis.STATED, List.of());
    }

    static EventDate year(int y) {
        return new EventDate.YearOnly(y, EventDate.Basis.STATED, List.of());
    }
}

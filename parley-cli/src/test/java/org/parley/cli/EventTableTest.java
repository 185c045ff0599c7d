package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;

class EventTableTest {

    private static final Actor ANA = new Actor("Ana Alves", ActorKind.PERSON, "Foreign Minister", "PRT", "GOV");
    private static final Actor SWEDEN = Actor.country("Sweden", "SWE");

    private static Event event(String id, EventDate date) {
        Evidence evidence = new Evidence(new ArticleId("0123456789abcdef"), "a.txt", 0, new Span(0, 20), "Alves met the Swedes.");
        EventMention m = new EventMention("CONSULT", "meeting", "040", "met", List.of(ANA), List.of(SWEDEN), date, null,
                List.of(), false, evidence);
        return new Event(id, null, "CONSULT", "meeting", "040", date, null, List.of(ANA), List.of(SWEDEN), List.of(), false,
                List.of(m), List.of());
    }

    @Test
    void aPeriodWidensTheDateColumnSoEveryRowStaysAligned() {
        String table = EventsCommand.table(List.of(
                event("ev-day", new EventDate.ExactDay(LocalDate.of(2024, 3, 25), EventDate.Basis.STATED, List.of())),
                event("ev-period", new EventDate.Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 3, 31),
                        DatePrecision.MONTH, EventDate.Basis.STATED, List.of()))));
        List<String> rows = table.lines().toList();

        assertThat(rows.get(2)).contains("2023-09..2024-03");
        int typeColumn = rows.get(0).indexOf("TYPE/MODE");
        assertThat(rows.subList(1, 3)).allSatisfy(r -> assertThat(r.indexOf("CONSULT/meeting")).isEqualTo(typeColumn));
    }
}

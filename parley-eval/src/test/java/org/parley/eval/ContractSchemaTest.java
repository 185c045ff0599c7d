package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.ContractJson;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Commitment;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.EventStatus;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Money;
import org.parley.model.Span;

/** What ContractJson prints validates against shared/schema, for every kind of date and optional field. */
class ContractSchemaTest {
    private static final ArticleId ARTICLE = new ArticleId("0123456789abcdef0123456789abcdef");
    private static final Evidence EVIDENCE = new Evidence(ARTICLE, "a.txt", 3, new Span(120, 180),
            "The two ministers held talks in Lisbon on Monday.");
    private static final Actor ANA = new Actor("Ana Alves", ActorKind.PERSON, "Foreign Minister", "PRT", "GOV");
    private static final Actor SWEDEN = Actor.country("Sweden", "SWE");

    private static Event event(EventDate date, Location location, List<Conflict> conflicts) {
        EventMention m = new EventMention("CONSULT", "meeting", "040", "held talks", List.of(ANA), List.of(SWEDEN), date,
                location, List.of("trade"), false, EVIDENCE);
        return new Event("ev-0123456789abcdef", null, "CONSULT", "meeting", "040", date, location, List.of(ANA),
                List.of(SWEDEN), List.of("trade"), false, List.of(m), conflicts);
    }

    @Test
    void eventsValidateWithEachDatePrecisionWithAndWithoutPlaceAndConflicts() {
        SchemaCheck schema = SchemaCheck.of("event.schema.json");
        List<EventDate> dates = List.of(
                new EventDate.ExactDay(LocalDate.of(2024, 5, 6), EventDate.Basis.RELATIVE, List.of("on Monday")),
                new EventDate.MonthOnly(YearMonth.of(2023, 9), EventDate.Basis.STATED, List.of("in September 2023")),
                new EventDate.YearOnly(2021, EventDate.Basis.INFERRED, List.of("tenures")),
                new EventDate.Unknown(List.of()));
        Conflict conflict = new Conflict("date", List.of(new Conflict.Value("2024-05-06", List.of("a.txt")),
                new Conflict.Value("2024-05-07", List.of("b.txt"))), "time zones");
        for (EventDate date : dates) {
            assertThat(schema.violations(ContractJson.event(event(date, new Location("Lisbon", "PRT", 38.7, -9.1), List.of()))))
                    .as(date.toString()).isEmpty();
            assertThat(schema.violations(ContractJson.event(event(date, null, List.of(conflict))))).as(date.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaCheckCatchesABrokenEvent() {
        SchemaCheck schema = SchemaCheck.of("event.schema.json");
        Map<String, Object> broken = ContractJson.event(event(new EventDate.Unknown(List.of()), null, List.of()));
        broken.remove("mentions");

        assertThat(schema.violations(broken)).isNotEmpty();
    }

    @Test
    void parleysAdditionsValidateAndAnActNamesTheEventItWasSaidDuring() {
        SchemaCheck shared = SchemaCheck.of("event.schema.json");
        SchemaCheck additions = SchemaCheck.additions("event.additions.schema.json");
        Event talks = event(new EventDate.Unknown(List.of()), null, List.of());
        Event act = talks.withId("ev-act").withDuring(talks.id());

        for (Event e : List.of(talks, act)) {
            assertThat(shared.violations(ContractJson.event(e))).as(e.id()).isEmpty();
            assertThat(additions.violations(ContractJson.event(e))).as(e.id()).isEmpty();
        }
        assertThat(ContractJson.event(act).get("during")).isEqualTo(talks.id());
        assertThat(ContractJson.event(talks)).containsEntry("during", null);
        Map<String, Object> broken = ContractJson.event(act);
        broken.put("during", 7);
        assertThat(additions.violations(broken)).isNotEmpty();
        broken.remove("during");
        assertThat(additions.violations(broken)).as("during is always printed, null when none").isNotEmpty();
    }

    @Test
    void aPlanPrintsItsStatusAndTheHeldEventAndValidatesAgainstBothSchemas() {
        SchemaCheck shared = SchemaCheck.of("event.schema.json");
        SchemaCheck additions = SchemaCheck.additions("event.additions.schema.json");
        Event held = event(new EventDate.Unknown(List.of()), null, List.of());
        Event talks = held;  // the plan rests on the same sentence here; only the fields matter
        Event plan = new Event("ev-plan", null, "AGREE", null, "036", talks.date(), null, talks.source(), talks.target(),
                List.of(), false, talks.mentions(), List.of(), null, EventStatus.PLANNED, null).withHeldAs(held.id());

        for (Event e : List.of(held, plan)) {
            assertThat(shared.violations(ContractJson.event(e))).as(e.id()).isEmpty();
            assertThat(additions.violations(ContractJson.event(e))).as(e.id()).isEmpty();
        }
        assertThat(ContractJson.event(held)).containsEntry("status", "held").containsEntry("held_as", null);
        assertThat(ContractJson.event(plan)).containsEntry("status", "planned").containsEntry("held_as", held.id());
        Map<String, Object> broken = ContractJson.event(plan);
        broken.put("status", "cancelled");
        assertThat(additions.violations(broken)).as("status is one of four").isNotEmpty();
        broken.remove("status");
        assertThat(additions.violations(broken)).as("status is always printed").isNotEmpty();
        Map<String, Object> noLink = ContractJson.event(plan);
        noLink.remove("held_as");
        assertThat(additions.violations(noLink)).as("held_as is always printed, null when none").isNotEmpty();
    }

    @Test
    void aPeriodPrintsItsRangeAndValidatesAgainstBothSchemas() {
        SchemaCheck shared = SchemaCheck.of("event.schema.json");
        SchemaCheck additions = SchemaCheck.additions("event.additions.schema.json");
        EventDate since = new EventDate.Period(LocalDate.of(2023, 9, 10), LocalDate.of(2024, 3, 27),
                org.parley.model.DatePrecision.MONTH, EventDate.Basis.RELATIVE, List.of("since September 2023"));
        Map<String, Object> line = ContractJson.event(event(since, null, List.of()));

        assertThat(shared.violations(line)).isEmpty();
        assertThat(additions.violations(line)).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> date = (Map<String, Object>) line.get("date");
        assertThat(date).containsEntry("value", "2023-09").containsEntry("precision", "month")
                .containsEntry("range", Map.of("start", "2023-09", "end", "2024-03"));
        assertThat(ContractJson.date(new EventDate.YearOnly(2021, EventDate.Basis.STATED, List.of())))
                .as("range is always printed, null when not a period").containsEntry("range", null);
        date.put("range", Map.of("start", "2023-09"));
        assertThat(additions.violations(line)).as("a range has both ends").isNotEmpty();
    }

    @Test
    void aConflictNamesTheSentencesOnBothSides() {
        SchemaCheck shared = SchemaCheck.of("event.schema.json");
        SchemaCheck additions = SchemaCheck.additions("event.additions.schema.json");
        Conflict conflict = new Conflict("date", List.of(new Conflict.Value("2024-05-06", List.of("a.txt"), List.of(EVIDENCE)),
                new Conflict.Value("2024-05-07", List.of("b.txt"), List.of(EVIDENCE))), null);
        Map<String, Object> line = ContractJson.event(event(new EventDate.Unknown(List.of()), null, List.of(conflict)));

        assertThat(shared.violations(line)).isEmpty();
        assertThat(additions.violations(line)).isEmpty();
        @SuppressWarnings("unchecked")
        var values = (List<Map<String, Object>>) ((List<Map<String, Object>>) line.get("conflicts")).get(0).get("values");
        assertThat(values.get(0).get("sentences")).asList().singleElement()
                .satisfies(s -> assertThat(((Map<?, ?>) s).get("sentence")).isEqualTo(EVIDENCE.text()));
        values.get(1).remove("sentences");
        assertThat(additions.violations(line)).as("each value names its sentences").isNotEmpty();
    }

    @Test
    void commitmentsValidateWithAndWithoutAmount() {
        SchemaCheck schema = SchemaCheck.of("commitment.schema.json");
        EventDate day = new EventDate.ExactDay(LocalDate.of(2024, 3, 26), EventDate.Basis.INFERRED, List.of("publication date"));
        Commitment mou = new Commitment("mou", "MOU on export finance", List.of(ANA, SWEDEN),
                new Money(new BigDecimal("500000000"), "USD"), day, List.of("trade"), EVIDENCE);
        Commitment moc = new Commitment("moc", null, List.of(SWEDEN), null, new EventDate.Unknown(List.of()), List.of(), EVIDENCE);

        assertThat(schema.violations(ContractJson.commitment(mou))).isEmpty();
        assertThat(schema.violations(ContractJson.commitment(moc))).isEmpty();
        assertThat(ContractJson.commitment(mou).get("amount")).isEqualTo(Map.of("value", new BigDecimal("500000000"), "currency", "USD"));
    }
}

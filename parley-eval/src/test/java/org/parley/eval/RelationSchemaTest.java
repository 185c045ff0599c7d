package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.RelationsJson;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Span;
import org.parley.model.relations.Anniversary;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CooperationPeriod;
import org.parley.model.relations.CooperationSeries;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Edition;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Milestone;
import org.parley.model.relations.Plan;
import org.parley.model.relations.RelationSource;
import org.parley.model.relations.Relationship;
import org.parley.model.relations.YearCount;

/** What RelationsJson prints validates against the bundled relation.schema.json, and a broken card does not. */
class RelationSchemaTest {
    private static final Evidence SAID = new Evidence(new ArticleId("0123456789abcdef"), "a.txt", 2, new Span(10, 60),
            "The two ministers marked the 20th anniversary of their partnership.");
    private static final List<RelationSource> SOURCES = List.of(new RelationSource.Reported(SAID),
            new RelationSource.Reference("https://example.org/fact"));

    private static Relationship card(List<FrameworkLevel> levels) {
        EventDate day = new EventDate.ExactDay(LocalDate.of(2030, 5, 6), EventDate.Basis.STATED, List.of("on May 6"));
        Edition first = new Edition(1, day, "Lisbon", "ev-0123", List.of("2030-05-06", "2030-05-07"), SOURCES);
        Edition second = new Edition(2, new EventDate.Unknown(List.of()), null, null, List.of(), List.of());
        Mechanism dialogue = new Mechanism("foreign-ministers-dialogue", "Foreign Ministers' Dialogue", "ministerial",
                "annual", List.of(first, second), "2031-05", SOURCES);
        Milestone milestone = new Milestone("diplomatic-relations", "Diplomatic relations established",
                new EventDate.YearOnly(2010, EventDate.Basis.INFERRED, List.of("20 years in 2030")), SOURCES);
        Conflict conflict = new Conflict("since: Diplomatic relations established",
                List.of(new Conflict.Value("2010", List.of("a.txt"), List.of(SAID)),
                        new Conflict.Value("2011", List.of("reference table"), List.of())), "20 years in 2030");
        return new Relationship(CountryPair.of("SWE", "PRT"), LocalDate.of(2030, 6, 1), levels, List.of(dialogue),
                List.of(milestone), List.of(new AnniversaryClaim("diplomatic-relations", 20, 2030, SAID)),
                List.of(new Anniversary("Diplomatic relations established", 25, 2035, "2010")), List.of(conflict),
                List.of(new YearCount(2030, "CONSULT", 2)), List.of(PLANNED, HELD, EDITION), CooperationSeries.NONE);
    }

    private static final Plan PLANNED = new Plan(Plan.Action.VISIT, "the Prime Minister", "SWE", "Portugal", "PRT",
            new EventDate.Unknown(List.of("at an early date")), new EventDate.ExactDay(LocalDate.of(2030, 2, 1),
            EventDate.Basis.STATED, List.of("published")), Plan.Status.INVITED, null, SOURCES.subList(0, 1));
    private static final Plan HELD = new Plan(Plan.Action.MEET, "Ana Lopes", "PRT", "Sven Berg", "SWE",
            new EventDate.MonthOnly(YearMonth.of(2030, 5), EventDate.Basis.STATED, List.of("in May")),
            new EventDate.ExactDay(LocalDate.of(2030, 2, 1), EventDate.Basis.STATED, List.of("published")),
            Plan.Status.HELD, new Plan.Held("ev-0123", new EventDate.ExactDay(LocalDate.of(2030, 5, 6),
            EventDate.Basis.STATED, List.of("on May 6")), "Lisbon", "P3M5D"), SOURCES.subList(0, 1));

    private static final Plan EDITION = new Plan(Plan.Action.EDITION, "Foreign Ministers' Dialogue", "PRT", "Stockholm",
            "SWE", new EventDate.YearOnly(2031, EventDate.Basis.STATED, List.of("next year")),
            new EventDate.ExactDay(LocalDate.of(2030, 5, 6), EventDate.Basis.STATED, List.of("published")),
            Plan.Status.PLANNED, null, SOURCES.subList(0, 1),
            new Plan.Next("foreign-ministers-dialogue", 2, "Stockholm"));

    private static FrameworkLevel level(String ladder) {
        return new FrameworkLevel("Strategic Partnership", ladder, ladder == null ? 0 : 2,
                new EventDate.MonthOnly(YearMonth.of(2020, 3), EventDate.Basis.STATED, List.of("in March 2020")),
                "Joint statement", "ev-0456", SOURCES);
    }

    @Test
    void aFullCardAndAnEmptyOneValidate() {
        SchemaCheck schema = SchemaCheck.additions("relation.schema.json");

        assertThat(schema.violations(RelationsJson.relationship(card(List.of(level("PRT"), level(null)))))).isEmpty();
        Map<String, Object> empty = RelationsJson.relationship(card(List.of()));
        assertThat(schema.violations(empty)).isEmpty();
        assertThat(empty.get("current")).isNull();
    }

    @Test
    void theOptionalCooperationSeriesValidatesAndABrokenPeriodDoesNot() {
        SchemaCheck schema = SchemaCheck.additions("relation.schema.json");
        Relationship plain = card(List.of(level("PRT")));
        CooperationPeriod year = new CooperationPeriod("2030", List.of("ev-1", "ev-2"), List.of("ev-3"), List.of("ev-4"),
                List.of());
        CooperationPeriod quarter = new CooperationPeriod("2030-Q2", List.of("ev-1"), List.of(), List.of(), List.of());
        Relationship withSeries = new Relationship(plain.pair(), plain.asOf(), plain.levels(), plain.mechanisms(),
                plain.milestones(), plain.claims(), plain.upcoming(), plain.conflicts(), plain.eventsPerYear(),
                plain.plans(), new CooperationSeries(List.of(year), List.of(quarter)));

        Map<String, Object> json = RelationsJson.relationship(withSeries);
        assertThat(schema.violations(json)).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) ((Map<String, Object>) json.get("cooperation")).get("years")).get(0);
        assertThat(first.get("net_cooperation")).isEqualTo(0.5);
        assertThat(first.get("verbal_cooperation")).isEqualTo(Map.of("count", 2, "events", List.of("ev-1", "ev-2")));

        first.put("period", "2030-Q5");
        first.put("net_cooperation", 1.5);
        assertThat(schema.violations(json)).hasSize(2);
        json.remove("cooperation");
        assertThat(schema.violations(json)).as("the series is optional").isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenCard() {
        SchemaCheck schema = SchemaCheck.additions("relation.schema.json");
        Map<String, Object> broken = RelationsJson.relationship(card(List.of(level("PRT"))));
        broken.put("pair", List.of("Portugal", "SWE"));
        broken.remove("milestones");

        assertThat(schema.violations(broken)).hasSize(2);
    }

    @Test
    void version2sPlansValidateAndABrokenPlanDoesNot() {
        SchemaCheck schema = SchemaCheck.additions("relation.schema.json");
        Map<String, Object> card = RelationsJson.relationship(card(List.of(level("PRT"))));
        assertThat(card.get("version")).isEqualTo(3);
        assertThat((List<?>) card.get("plans")).hasSize(3);

        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) ((List<?>) card.get("plans")).get(0);
        plan.put("status", "rumoured");
        assertThat(schema.violations(card)).hasSize(1);
        // Plans are optional: a version 1 line still fits.
        card.remove("plans");
        card.put("version", 1);
        assertThat(schema.violations(card)).isEmpty();
    }

    @Test
    void version3sEditionPlanValidatesAndABrokenOneDoesNot() {
        SchemaCheck schema = SchemaCheck.additions("relation.schema.json");
        Map<String, Object> card = RelationsJson.relationship(card(List.of(level("PRT"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) ((List<?>) card.get("plans")).get(2);
        assertThat(plan.get("action")).isEqualTo("edition");
        assertThat(plan.get("edition")).isEqualTo(Map.of("mechanism", "foreign-ministers-dialogue", "ordinal", 2,
                "place", "Stockholm"));
        assertThat(schema.violations(card)).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> plans0 = (Map<String, Object>) ((List<?>) card.get("plans")).get(0);
        assertThat(plans0).as("a visit has no edition").doesNotContainKey("edition");

        @SuppressWarnings("unchecked")
        Map<String, Object> edition = (Map<String, Object>) plan.get("edition");
        edition.put("ordinal", 0);
        edition.remove("mechanism");
        assertThat(schema.violations(card)).hasSize(2);
    }
}

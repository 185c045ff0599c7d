package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.Span;
import org.parley.model.relations.CooperationPeriod;
import org.parley.model.relations.CooperationSeries;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Edition;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Plan;
import org.parley.model.relations.RelationSource;
import org.parley.model.relations.Relationship;
import org.parley.model.relations.YearCount;

/** The text card shows the current level, each edition with its event, both sides of a conflict, the yearly counts and the plans. */
class RelationCardTest {
    private static final Evidence SAID = new Evidence(new ArticleId("0123456789abcdef"), "a.txt", 0, new Span(0, 40),
            "They marked the 20th of their ties (2029).");

    @Test
    void theCardShowsTheCurrentLevelEditionsConflictsAndYears() {
        FrameworkLevel older = new FrameworkLevel("Strategic Partnership", "PRT", 1,
                new EventDate.YearOnly(2010, EventDate.Basis.STATED, List.of()), null, null, List.of());
        FrameworkLevel newer = new FrameworkLevel("Comprehensive Strategic Partnership", "PRT", 2,
                new EventDate.MonthOnly(YearMonth.of(2025, 9), EventDate.Basis.STATED, List.of()), "State visit", "ev-9",
                List.of(new RelationSource.Reference("https://example.org")));
        Edition first = new Edition(1, new EventDate.ExactDay(LocalDate.of(2026, 3, 25), EventDate.Basis.STATED, List.of()),
                "Lisbon", "ev-7", List.of("2026-03-25", "2026-03-26"), List.of(new RelationSource.Reported(SAID)));
        Mechanism dialogue = new Mechanism("foreign-ministers-dialogue", "Foreign Ministers' Dialogue", "ministerial",
                "annual", List.of(first), "2027-03", List.of());
        Conflict conflict = new Conflict("since: Diplomatic relations established",
                List.of(new Conflict.Value("2009", List.of("a.txt"), List.of(SAID)),
                        new Conflict.Value("2010", List.of("reference table"), List.of())), "20 years in 2029");
        EventDate stated = new EventDate.ExactDay(LocalDate.of(2025, 4, 15), EventDate.Basis.STATED, List.of());
        Plan invited = new Plan(Plan.Action.VISIT, "the Party chief", "PRT", "Sweden", "SWE",
                new EventDate.Unknown(List.of()), stated, Plan.Status.INVITED, null, List.of(new RelationSource.Reported(SAID)));
        Plan held = new Plan(Plan.Action.VISIT, "Sven Berg", "SWE", "Portugal", "PRT",
                new EventDate.Unknown(List.of("at an early date")), stated, Plan.Status.HELD,
                new Plan.Held("ev-9", newer.since(), "Lisbon", "P5M"), List.of(new RelationSource.Reported(SAID)));
        Plan third = new Plan(Plan.Action.EDITION, "Foreign Ministers' Dialogue", "PRT", "Stockholm", "SWE",
                new EventDate.YearOnly(2027, EventDate.Basis.STATED, List.of("next year")), stated, Plan.Status.PLANNED,
                null, List.of(new RelationSource.Reported(SAID)), new Plan.Next("foreign-ministers-dialogue", 3, "Stockholm"));
        Relationship r = new Relationship(CountryPair.of("SWE", "PRT"), LocalDate.of(2030, 1, 1), List.of(older, newer),
                List.of(dialogue), List.of(), List.of(), List.of(), List.of(conflict),
                List.of(new YearCount(2026, "CONSULT", 2), new YearCount(2026, "AGREE", 1)), List.of(invited, held, third),
                CooperationSeries.NONE);

        String card = RelationCard.text(r);

        assertThat(card).contains("Relationship PRT - SWE")
                .contains("Current level: Comprehensive Strategic Partnership since 2025-09")
                .contains("next expected 2027-03")
                .contains("#1  2026-03-25  Lisbon")
                .contains("[ev-7]  reports say 2026-03-25 / 2026-03-26")
                .contains("2009  a.txt", "2010  reference table", "\"They marked the 20th of their ties (2029).\"")
                .contains("2026  CONSULT 2, AGREE 1")
                .contains("2025-04-15  invited   the Party chief (PRT) to visit Sweden\n")
                .contains("held      Sven Berg (SWE) to visit Portugal, intended at an early date")
                .contains("held 2025-09 in Lisbon  [ev-9]  after P5M")
                .contains("2025-04-15  planned   Foreign Ministers' Dialogue, edition 3 in Stockholm, intended 2027\n");
    }

    @Test
    void theCardShowsTheCooperationSeriesByYearAndQuarter() {
        Relationship r = new Relationship(CountryPair.of("SWE", "PRT"), LocalDate.of(2030, 1, 1), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), new CooperationSeries(
                List.of(new CooperationPeriod("2026", List.of("ev-1", "ev-2"), List.of("ev-3"), List.of("ev-4"), List.of())),
                List.of(new CooperationPeriod("2026-Q1", List.of(), List.of(), List.of(), List.of("ev-5")))));

        String card = RelationCard.text(r);

        assertThat(card).contains("Cooperation over time")
                .contains("  2026     coop 2/1  conflict 1/0  net +0.50\n  per quarter\n"
                        + "  2026-Q1  coop 0/0  conflict 0/1  net -1.00");
    }
}

package org.parley.eval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.eval.demo.DemoEventScores.EncounterResult;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.eval.demo.DemoGold.GoldDate;
import org.parley.eval.demo.DemoGold.SentenceRef;
import org.parley.eval.demo.DemoRelationsScores.Check;
import org.parley.eval.demo.DemoRelationsScores.Link;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Span;

/** {@link DemoRelationsScorer} on a hand-made gold and cards written as JSON. */
class DemoRelationsScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DemoGold EVENTS = new DemoGold("test", List.of(), Map.of("A", "wire/a.txt"), List.of(),
            List.of(encounter("E1", "2024-05-02"), encounter("E2", "2025-05-06")), List.of());

    private static final DemoRelationsGold GOLD = new DemoRelationsGold("test", List.of(), List.of("NOR", "SWE"),
            "2025-06-01",
            List.of(new DemoRelationsGold.Level("Strategic Partnership", "2024-05-02", "E1", List.of())),
            List.of(new DemoRelationsGold.Mechanism("foreign-ministers-dialogue", "annual", "2026-05", List.of(
                    new DemoRelationsGold.Edition(1, "2024-05-02", "Oslo", "E1", List.of()),
                    new DemoRelationsGold.Edition(2, "2025-05-06", "Stockholm", "E2", List.of())))),
            List.of(new DemoRelationsGold.Milestone("diplomatic-relations", "1905-10-26")),
            List.of(new DemoRelationsGold.Plan("the second round", "2025", "2024-05-02", "E2",
                    List.of(new SentenceRef("A", "They agreed to meet again")))));

    private final DemoRelationsScorer scorer = new DemoRelationsScorer(GOLD, EVENTS);
    private final List<EncounterResult> matched = List.of(
            new EncounterResult(EVENTS.encounter("E1"), record("ev-1", "2024-05-02"), true),
            new EncounterResult(EVENTS.encounter("E2"), record("ev-2", "2025-05-06"), true));

    @Test
    void checksDatesAndLinksAndSkipsPlansWhenTheCardHasNone() throws Exception {
        JsonNode card = JSON.readTree("""
                {"levels": [{"name": "Strategic Partnership", "since": {"value": "2024-05-02"}, "event": "ev-1"}],
                 "mechanisms": [{"key": "foreign-ministers-dialogue", "frequency": "annual", "next_expected": "2026-05",
                   "editions": [{"ordinal": 1, "date": {"value": "2024-05-02"}, "place": "Oslo", "event": "ev-1"},
                                {"ordinal": 2, "date": {"value": "2025-05-07"}, "place": "Stockholm", "event": null}]}],
                 "milestones": [{"kind": "diplomatic-relations", "date": {"value": "1905-10-26"}}]}""");

        DemoRelationsScores s = scorer.score(card, matched);

        assertThat(s.plansScored()).isFalse();
        assertThat(s.checks()).extracting(Check::part)
                .containsExactly("level", "mechanism", "edition", "edition", "milestone");
        assertThat(s.checks()).allMatch(Check::found);
        Check second = s.checks().get(3);
        assertThat(second.right()).as("a day late").isFalse();
        assertThat(second.link()).as("no event named").isEqualTo(Link.WRONG);
        assertThat(s.checks().get(0).link()).isEqualTo(Link.RIGHT);
        assertThat(s.scriptLine()).contains("editions=2 editions_found=2 editions_right=1 editions_linked=1/2")
                .endsWith("plans=skipped");
        assertThat(s.text()).contains("plans: skipped");
    }

    @Test
    void aPlanIsFoundByItsSentenceAndHeldRightByItsEvent() throws Exception {
        JsonNode card = JSON.readTree("""
                {"levels": [], "mechanisms": [], "milestones": [],
                 "plans": [{"status": "held", "held": {"event": "ev-2"},
                            "sources": [{"kind": "report", "doc": "a.txt", "sentence": "They agreed to meet again in Stockholm."}]},
                           {"status": "invited", "held": null,
                            "sources": [{"kind": "report", "doc": "a.txt", "sentence": "Berg invited Dahl."}]}]}""");

        DemoRelationsScores s = scorer.score(card, matched);

        assertThat(s.plansScored()).isTrue();
        Check plan = s.checks().stream().filter(c -> c.part().equals("plan")).findFirst().orElseThrow();
        assertThat(plan.found()).isTrue();
        assertThat(plan.right()).isTrue();
        assertThat(plan.link()).isEqualTo(Link.RIGHT);
        assertThat(s.extraPlans()).as("the invitation is in no gold plan").isEqualTo(1);
        assertThat(s.checks()).filteredOn(c -> c.part().equals("level")).noneMatch(Check::found);
    }

    private static Encounter encounter(String id, String date) {
        return new Encounter(id, "S1", "talks", "CONSULT", List.of("meeting"), List.of("Anna Berg/SWE", "Ole Dahl/NOR"),
                new GoldDate(date, "day", false), "Oslo", List.of("A"), List.of(), List.of(), "", List.of());
    }

    private static Event record(String id, String date) {
        EventDate day = new EventDate.ExactDay(LocalDate.parse(date), EventDate.Basis.STATED, List.of());
        String sentence = "Berg met Dahl.";
        EventMention met = new EventMention("CONSULT", null, null, "met", List.of(), List.of(), day, null, List.of(),
                false, new Evidence(new ArticleId("0123456789abcdef"), "a.txt", 0, new Span(0, sentence.length()), sentence));
        return new Event(id, "s", "CONSULT", "meeting", null, day, null, List.of(), List.of(), List.of(), false,
                List.of(met), List.of());
    }
}

package org.parley.eval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.eval.demo.DemoGold.Act;
import org.parley.eval.demo.DemoGold.Context;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.eval.demo.DemoGold.GoldDate;
import org.parley.eval.demo.DemoGold.SentenceRef;
import org.parley.eval.demo.DemoGold.Story;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.EventStatus;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Span;

/** The matching rules of {@link DemoEventScorer} on a two-story gold and hand-made records. */
class DemoEventScorerTest {
    private static final Actor ANNA = new Actor("Anna Berg", ActorKind.PERSON, "Minister", "SWE", "GOV");
    private static final Actor OLE = new Actor("Ole Dahl", ActorKind.PERSON, "Minister", "NOR", "GOV");
    private static final Actor NORWAY = Actor.country("Norway", "NOR");

    private static final DemoGold GOLD = new DemoGold("test", List.of(),
            Map.of("A", "wire/a.txt", "B", "https://b.example/b", "C", "wire/c.txt"),
            List.of(new Story("S1", "talks", "2024-05-02", List.of("A", "B"), List.of(), List.of("E1")),
                    new Story("S2", "other", "2024-06-01", List.of("C"), List.of(), List.of())),
            List.of(new Encounter("E1", "S1", "talks", "CONSULT", List.of("meeting"),
                    List.of("Anna Berg/SWE", "Ole Dahl/NOR"), new GoldDate("2024-05-02", "day", false), "Oslo",
                    List.of("A", "B"), List.of(), List.of(), "", List.of(
                            new Act("REQUEST", List.of("Anna Berg/SWE"), List.of("NOR"), "visas",
                                    List.of(new SentenceRef("A", "Berg asked Norway"))),
                            new Act("AGREE", List.of("Anna Berg/SWE"), List.of("Ole Dahl/NOR"), "a plan",
                                    List.of(new SentenceRef("B", "The two agreed")))))),
            List.of(new Context("background", null, "last year's talks", "A", "They last met in 2023", null, null,
                    "2023")));

    private final DemoEventScorer scorer = new DemoEventScorer(GOLD);

    @Test
    void matchesTheMeetingTheActsAndTheirParent() {
        Event meeting = event("ev-1", "CONSULT", "meeting", "2024-05-02", List.of(ANNA), List.of(OLE),
                mention("a.txt", "Berg met Dahl in Oslo on Thursday."), mention("https://b.example/b", "Berg and Dahl met."));
        Event request = event("ev-2", "REQUEST", null, "2024-05-02", List.of(ANNA), List.of(NORWAY),
                mention("a.txt", "Berg asked Norway for faster visas.")).withDuring("ev-1");
        Event agree = event("ev-3", "AGREE", null, "2024-05-03", List.of(OLE), List.of(ANNA),
                mention("https://b.example/b", "The two agreed on a plan."));

        DemoEventScores s = scorer.score(List.of(meeting, request, agree), Map.of());

        assertThat(s.encounterPrecision()).isEqualTo(1.0);
        assertThat(s.encounterRecall()).isEqualTo(1.0);
        assertThat(s.modeAccuracy()).isEqualTo(1.0);
        assertThat(s.placeAccuracy()).isEqualTo(1.0);
        assertThat(s.actRecall()).isEqualTo(1.0);
        assertThat(s.actSides()).as("AGREE counts in either direction").isEqualTo(1.0);
        assertThat(s.actDuring()).as("only the request names its meeting").isEqualTo(0.5);
        assertThat(s.ownDateRight()).as("the agreement is a day late").isEqualTo(2.0 / 3);
    }

    @Test
    void aRecordWithMentionsFromTwoStoriesMatchesNothingAndIsReported() {
        Event spanning = event("ev-1", "CONSULT", "meeting", "2024-05-02", List.of(ANNA), List.of(OLE),
                mention("a.txt", "Berg met Dahl in Oslo."), mention("c.txt", "Berg met Dahl."));

        DemoEventScores s = scorer.score(List.of(spanning), Map.of());

        assertThat(s.matchedEncounters()).isZero();
        assertThat(s.spanning()).extracting(DemoEventScores.Flagged::record).containsExactly(spanning);
        assertThat(s.falseRecords()).extracting(DemoEventScores.Flagged::why).containsExactly("not in the gold");
    }

    @Test
    void aCountryCoversAPersonOnlyWhenNoRecordNamesHimAndExtrasAreDuplicates() {
        Event byCountry = event("ev-1", "CONSULT", "phone", "2024-05-02", List.of(ANNA), List.of(NORWAY),
                mention("a.txt", "Berg called Norway."));
        Event byName = event("ev-2", "CONSULT", "meeting", "2024-05-02", List.of(ANNA), List.of(OLE),
                mention("a.txt", "Berg met Dahl."));

        DemoEventScores s = scorer.score(List.of(byCountry, byName), Map.of());

        assertThat(s.encounters().get(0).record()).isEqualTo(byName);
        assertThat(s.encounterPrecision()).isEqualTo(0.5);
        assertThat(s.falseRecords()).singleElement().satisfies(f -> {
            assertThat(f.record()).isEqualTo(byCountry);
            assertThat(f.why()).isEqualTo("duplicate of E1");
        });
    }

    @Test
    void backgroundStatedAsNewsIsCountedApartAndItsConflictIsFalse() {
        Conflict conflict = new Conflict("date", List.of(new Conflict.Value("2023", List.of("a.txt")),
                new Conflict.Value("2022", List.of("https://b.example/b"))), null);
        Event past = new Event("ev-9", "s", "CONSULT", "meeting", null, day("2023-05-01"), null, List.of(ANNA),
                List.of(OLE), List.of(), false, List.of(mention("a.txt", "They last met in 2023 in Bergen.")),
                List.of(conflict));

        DemoEventScores s = scorer.score(List.of(past), Map.of());

        assertThat(s.asNews()).extracting(DemoEventScores.Flagged::record).containsExactly(past);
        assertThat(s.matchedEncounters()).isZero();
        assertThat(s.falseConflicts()).hasSize(1);
        assertThat(s.own()).isEmpty();
    }

    @Test
    void aPlanRecordedAsPlannedIsRightAndTheSamePlanRecordedAsHeldIsNews() {
        DemoGold withPlan = new DemoGold("test", List.of(), GOLD.docs(), GOLD.stories(), GOLD.encounters(),
                List.of(new Context("planned", null, "Dahl's visit to Stockholm", "C", "Dahl will visit Stockholm",
                        "CONSULT", null, null)));
        Event plan = new Event("ev-5", "s", "AGREE", null, "036", day("2024-06-10"), null, List.of(OLE), List.of(ANNA),
                List.of(), false, List.of(mention("c.txt", "Dahl will visit Stockholm on June 10.")), List.of(), null,
                EventStatus.PLANNED, null);
        Event asHeld = new Event("ev-6", "s", "CONSULT", "visit", null, day("2024-06-10"), null, List.of(OLE),
                List.of(ANNA), List.of(), false, List.of(mention("c.txt", "Dahl will visit Stockholm on June 10.")),
                List.of());

        DemoEventScores planned = new DemoEventScorer(withPlan).score(List.of(plan), Map.of());
        DemoEventScores held = new DemoEventScorer(withPlan).score(List.of(asHeld), Map.of());

        assertThat(planned.plannedRight()).as("of any type: the record stands for the visit")
                .extracting(DemoEventScores.Flagged::record).containsExactly(plan);
        assertThat(planned.planned()).containsExactly(plan);
        assertThat(planned.asNews()).isEmpty();
        assertThat(planned.own()).as("a plan is no own record to date").isEmpty();
        assertThat(planned.predictedActs() + planned.predictedEncounters()).isZero();
        assertThat(planned.scriptLine(0)).contains("as_news=0 planned=1/1");
        assertThat(held.asNews()).extracting(DemoEventScores.Flagged::record).containsExactly(asHeld);
        assertThat(held.plannedRight()).isEmpty();
        assertThat(held.scriptLine(0)).contains("as_news=1 planned=0/0");
    }

    @Test
    void reportsGoldSentencesTheCorpusLacks() {
        DemoEventScores s = scorer.score(List.of(), Map.of("wire/a.txt", List.of("Berg asked Norway for visas."),
                "https://b.example/b", List.of("The two agreed.")));

        assertThat(s.unknownSentences()).containsExactly("A: They last met in 2023");
    }

    private static Event event(String id, String type, String mode, String date, List<Actor> source,
                               List<Actor> target, EventMention... mentions) {
        return new Event(id, "s", type, mode, null, day(date), new Location("Oslo", "NOR", null, null), source, target,
                List.of(), false, List.of(mentions), List.of());
    }

    private static EventMention mention(String doc, String sentence) {
        return new EventMention("CONSULT", null, null, "met", List.of(), List.of(), day("2024-05-02"), null, List.of(),
                false, new Evidence(new ArticleId("0123456789abcdef"), doc, 0, new Span(0, sentence.length()), sentence));
    }

    private static EventDate day(String iso) {
        return new EventDate.ExactDay(LocalDate.parse(iso), EventDate.Basis.STATED, List.of());
    }
}

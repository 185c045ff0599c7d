package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Plan;
import org.parley.model.relations.Relationship;

/** Plans of a mechanism's coming edition, and their link to the edition once held, from team-written reports. */
class EditionPlansTest {
    private static final CountryPair USA_VNM = CountryPair.of("USA", "VNM");
    private static final RelationshipBuilder BUILDER = RelationshipBuilder.withActors(report -> List.of());

    private static final ReportText FIRST = ReportFixture.of("first.txt", "2030-03-02",
            "The US and Vietnam held the first Foreign Ministers' Dialogue in Washington on Monday.",
            "The ministers agreed to hold the dialogue every year, with the next round in Hanoi [[next year|2031]].");
    private static final ReportText SECOND_PLANNED = ReportFixture.of("plan.txt", "2030-03-05",
            "Vietnam and the US agreed to hold the second Foreign Ministers' Dialogue in Hanoi [[next year|2031]].");
    private static final ReportText SECOND_HELD = ReportFixture.of("second.txt", "2031-04-10",
            "Vietnam and the US held the second Foreign Ministers' Dialogue in Hanoi on Tuesday.",
            "Both sides said the third round will take place in Washington.");

    private static Relationship card(List<Event> events, ReportText... reports) {
        return BUILDER.build(USA_VNM, List.of(reports), events, LocalDate.of(2032, 1, 1));
    }

    private static List<Plan> editions(Relationship r) {
        return r.plans().stream().filter(p -> p.action() == Plan.Action.EDITION).toList();
    }

    @Test
    void theSecondDialogueAndTheNextRoundAreOnePlanWithItsPlaceAndYear() {
        Relationship r = card(List.of(), FIRST, SECOND_PLANNED);

        assertThat(editions(r)).hasSize(1);
        Plan second = editions(r).get(0);
        assertThat(second.who()).isEqualTo("Foreign Ministers' Dialogue");
        assertThat(second.edition()).isEqualTo(new Plan.Next("foreign-ministers-dialogue", 2, "Hanoi"));
        assertThat(second.status()).isEqualTo(Plan.Status.PLANNED);
        assertThat(second.held()).isNull();
        assertThat(second.intended().iso()).isEqualTo("2031");
        assertThat(second.stated().iso()).isEqualTo("2030-03-02");
        assertThat(second.sources()).hasSize(2);
    }

    @Test
    void aPlanIsHeldWhenItsEditionIsLinkedToAMeetingAndTheThirdStaysPlanned() {
        Event meeting = meeting("ev-second", "second.txt", 0, LocalDate.of(2031, 4, 8));

        Relationship r = card(List.of(meeting), FIRST, SECOND_PLANNED, SECOND_HELD);

        Plan second = editions(r).stream().filter(p -> p.edition().ordinal() == 2).findFirst().orElseThrow();
        assertThat(second.status()).isEqualTo(Plan.Status.HELD);
        assertThat(second.held().event()).isEqualTo("ev-second");
        assertThat(second.held().place()).isEqualTo("Hanoi");
        assertThat(second.held().delay()).isEqualTo("P1Y1M6D");
        Plan third = editions(r).stream().filter(p -> p.edition().ordinal() == 3).findFirst().orElseThrow();
        assertThat(third.status()).as("unfulfilled, still shown").isEqualTo(Plan.Status.PLANNED);
        assertThat(third.edition().place()).isEqualTo("Washington");
        assertThat(third.held()).isNull();
    }

    @Test
    void anEditionAlreadyHeldAnotherFormatsRoundAndAScheduleWithoutOrdinalWordsAreNoPlans() {
        Relationship r = card(List.of(), ReportFixture.of("other.txt", "2030-05-01",
                "Vietnam and the US held the second Foreign Ministers' Dialogue in Hanoi.",
                "They agreed to hold the next round of their maritime dialogue in Tokyo.",
                "The US and Vietnam agreed to hold talks on trade soon."));

        assertThat(editions(r)).isEmpty();
    }

    @Test
    void aScheduleAfterThePhraseIsReadWithItsDate() {
        Relationship r = card(List.of(), ReportFixture.of("sched.txt", "2030-06-01",
                "Vietnam and the US have held two Defense Policy Dialogues.",
                "The third meeting is scheduled for [[October 2030|2030-10]]."));

        assertThat(editions(r)).singleElement().satisfies(p -> {
            assertThat(p.edition()).isEqualTo(new Plan.Next("defense-policy-dialogue", 3, null));
            assertThat(p.whom()).isEmpty();
            assertThat(p.intended().iso()).isEqualTo("2030-10");
        });
    }

    private static Event meeting(String id, String doc, int sentence, LocalDate day) {
        EventDate date = new EventDate.ExactDay(day, EventDate.Basis.STATED, List.of());
        Location hanoi = new Location("Hanoi", "VNM", null, null);
        String text = "They held the dialogue.";
        Evidence said = new Evidence(new ArticleId(String.format("%016x", doc.hashCode() & 0xffffffffL)), doc, sentence,
                new Span(0, text.length()), text);
        List<Actor> us = List.of(Actor.country("United States", "USA"));
        List<Actor> vietnam = List.of(Actor.country("Vietnam", "VNM"));
        EventMention mention = new EventMention("CONSULT", "meet", "040", "held", us, vietnam, date, hanoi, List.of(),
                false, said);
        return new Event(id, null, "CONSULT", "meet", "040", date, hanoi, us, vietnam, List.of(), false,
                List.of(mention), List.of());
    }
}

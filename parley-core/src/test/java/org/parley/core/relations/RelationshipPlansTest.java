package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Plan;
import org.parley.model.relations.Relationship;

/**
 * Plans (invitations, schedules, acceptances and the events they became) and level-date conflicts, from
 * team-written reports whose actors are given by hand in place of the actor resolver.
 */
class RelationshipPlansTest {
    private static final CountryPair USA_VNM = CountryPair.of("USA", "VNM");
    private static final Actor BIDEN = new Actor("Joe Biden", ActorKind.PERSON, "President", "USA", "GOV");
    private static final Actor TRONG = new Actor("Nguyen Phu Trong", ActorKind.PERSON, "General Secretary", "VNM", "PTY");
    private static final Actor SON = new Actor("Bui Thanh Son", ActorKind.PERSON, "Foreign Minister", "VNM", "GOV");
    private static final Actor BLINKEN = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
    // What the actor resolver would find; "the Party chief" is left out, as a description it could not resolve.
    private static final Map<String, Actor> WRITTEN = Map.of("Biden", BIDEN, "the US President", BIDEN,
            "Trong", TRONG, "Son", SON, "Blinken", BLINKEN, "Vietnam", Actor.country("Vietnam", "VNM"),
            "the US", Actor.country("United States", "USA"), "Hanoi", Actor.country("Vietnam", "VNM"));
    private static final RelationshipBuilder BUILDER = RelationshipBuilder.withActors(RelationshipPlansTest::actors);

    private static List<SentenceActor> actors(ReportText report) {
        List<SentenceActor> out = new ArrayList<>();
        for (int i = 0; i < report.sentenceCount(); i++) {
            for (Map.Entry<String, Actor> written : WRITTEN.entrySet()) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(written.getKey()) + "\\b").matcher(report.sentence(i));
                while (m.find()) {
                    out.add(new SentenceActor(i, m.start(), m.end(), written.getValue()));
                }
            }
        }
        return out;
    }

    private static final ReportText INVITATIONS = ReportFixture.of("inv.txt", "2023-04-15",
            "Blinken met Trong in Hanoi, Vietnam, and the US said.",
            "On behalf of President Biden, Blinken reiterated the invitation to the Party chief to visit the US.",
            "Trong also reiterated the invitation to Biden to visit Vietnam.",
            "Blinken, in reply, said the US President wishes to visit the Southeast Asian nation at an early date.");

    private static Relationship card(List<Event> events, ReportText... reports) {
        return BUILDER.build(USA_VNM, List.of(reports), events, LocalDate.of(2024, 4, 1));
    }

    private static Plan planOf(Relationship r, String who) {
        return r.plans().stream().filter(p -> p.who().equals(who)).findFirst().orElseThrow();
    }

    @Test
    void twoInvitationsAreTwoPlansAndTheReplyJoinsBidensWithItsVagueTime() {
        Relationship r = card(List.of(), INVITATIONS);

        assertThat(r.plans()).hasSize(2);
        Plan partyChief = planOf(r, "the Party chief");
        assertThat(partyChief.action()).isEqualTo(Plan.Action.VISIT);
        assertThat(partyChief.whoCountry()).isEqualTo("VNM");
        assertThat(partyChief.whomCountry()).isEqualTo("USA");
        assertThat(partyChief.status()).isEqualTo(Plan.Status.INVITED);
        assertThat(partyChief.stated().iso()).isEqualTo("2023-04-15");
        assertThat(partyChief.sources()).hasSize(1);

        Plan biden = planOf(r, "Joe Biden");
        assertThat(biden.whom()).isEqualTo("Vietnam");
        // "wishes to visit" is an announcement: further than the invitation, not yet held.
        assertThat(biden.status()).isEqualTo(Plan.Status.PLANNED);
        assertThat(biden.intended().iso()).isNull();
        assertThat(biden.intended().evidence()).containsExactly("at an early date");
        assertThat(biden.sources()).hasSize(2);
        assertThat(biden.held()).isNull();
    }

    @Test
    void bidensVisitToHanoiAfterTheInvitationHoldsHisPlanWithTheDelay() {
        Event earlier = visit("ev-earlier", "2022-09", "inv.txt", 9);
        Event hanoi = visit("ev-hanoi", "2023-09", "later.txt", 0);
        Relationship r = card(List.of(earlier, hanoi), INVITATIONS);

        Plan biden = planOf(r, "Joe Biden");
        assertThat(biden.status()).isEqualTo(Plan.Status.HELD);
        assertThat(biden.held().event()).isEqualTo("ev-hanoi");
        assertThat(biden.held().place()).isEqualTo("Hanoi");
        assertThat(biden.held().date().iso()).isEqualTo("2023-09");
        assertThat(biden.held().delay()).isEqualTo("P5M");
        // An unresolved invitee is not matched to anyone's visit.
        assertThat(planOf(r, "the Party chief").status()).isEqualTo(Plan.Status.INVITED);
    }

    @Test
    void theAnnouncingReportsOwnRecordIsNotTheVisitAndTheDayOfTheTalksBeatsALaterRecall() {
        Event announced = visit("ev-announced", "2023-09", "inv.txt", 0);  // the plan's own report, read as a visit
        Event recalled = visit("ev-recalled", "2023-09", "recall.txt", 4);  // "his visit in September"
        Event talks = visit("ev-talks", "2023-09-10", "talks.txt", 0);
        Relationship r = card(List.of(announced, recalled, talks), INVITATIONS);

        Plan biden = planOf(r, "Joe Biden");
        assertThat(biden.held().event()).isEqualTo("ev-talks");
        assertThat(biden.held().date().iso()).isEqualTo("2023-09-10");
    }

    @Test
    void aScheduleWithADateAndAnAcceptanceAreRead() {
        Relationship r = card(List.of(), ReportFixture.of("sched.txt", "2024-02-01",
                "Son is scheduled to hold talks with Blinken in Washington on [[March 25|2024-03-25]], Vietnam and the US said.",
                "Trong accepted the invitation to visit the US."));

        Plan talks = planOf(r, "Bui Thanh Son");
        assertThat(talks.action()).isEqualTo(Plan.Action.MEET);
        assertThat(talks.whom()).isEqualTo("Antony Blinken");
        assertThat(talks.status()).isEqualTo(Plan.Status.PLANNED);
        assertThat(talks.intended().iso()).isEqualTo("2024-03-25");
        assertThat(planOf(r, "Nguyen Phu Trong").status()).isEqualTo(Plan.Status.ACCEPTED);
    }

    @Test
    void anInvitationToACapitalIsAVisitAndAnAnswerInTheSentenceAcceptsIt() {
        Relationship r = card(List.of(), ReportFixture.of("dc.txt", "2024-06-21",
                "Blinken invited Son to Washington [[later this year|2024]] for a review of ties between Vietnam and the US, "
                        + "and Son accepted."));

        Plan review = planOf(r, "Bui Thanh Son");
        assertThat(review.action()).isEqualTo(Plan.Action.VISIT);
        assertThat(review.whomCountry()).isEqualTo("USA");
        assertThat(review.whom()).isEqualTo("United States");
        assertThat(review.status()).isEqualTo(Plan.Status.ACCEPTED);
        assertThat(review.intended().iso()).isEqualTo("2024");
    }

    @Test
    void wordsThatAreNoPlanGiveNone() {
        Relationship r = card(List.of(), ReportFixture.of("none.txt", "2024-02-01",
                "Vietnam will continue to work with the US, Son said.",
                "The US invited experts to visit Vietnam.",
                "Blinken visited Vietnam at the invitation of Son."));

        assertThat(r.plans()).isEmpty();
    }

    @Test
    void aReportedUpgradeDateThatDisagreesWithTheTableIsAConflictAndAnAgreeingOneIsNot() {
        Relationship r = card(List.of(),
                ReportFixture.of("july.txt", "2024-01-10",
                        "Vietnam and the US upgraded relations to Comprehensive Strategic Partnership in [[July 2023|2023-07]]."),
                ReportFixture.of("sept.txt", "2024-01-11",
                        "Vietnam and the US upgraded relations to Comprehensive Strategic Partnership in [[September 2023|2023-09]]."));

        Conflict established = r.conflicts().stream()
                .filter(c -> c.field().equals("established: Comprehensive Strategic Partnership")).findFirst().orElseThrow();
        assertThat(established.values()).extracting(Conflict.Value::value).containsExactly("2023-07", "2023-09-10");
        assertThat(established.values().get(0).docs()).containsExactly("july.txt");
        assertThat(established.values().get(0).said()).singleElement().satisfies(s -> assertThat(s.text()).contains("July 2023"));
        // September 2023 is the table's 2023-09-10 at a coarser precision: the same side.
        assertThat(established.values().get(1).docs()).containsExactly(ClaimConflicts.REFERENCE_DOC, "sept.txt");
        assertThat(established.explanation()).contains("july.txt dates its establishment 2023-07");

        Relationship agreeing = card(List.of(), ReportFixture.of("sept.txt", "2024-01-11",
                "Vietnam and the US upgraded relations to Comprehensive Strategic Partnership in [[September 2023|2023-09]]."));
        assertThat(agreeing.conflicts()).noneMatch(c -> c.field().startsWith("established:"));
    }

    private static Event visit(String id, String monthOrDay, String doc, int sentence) {
        EventDate date = monthOrDay.length() == 7
                ? new EventDate.MonthOnly(YearMonth.parse(monthOrDay), EventDate.Basis.STATED, List.of())
                : new EventDate.ExactDay(LocalDate.parse(monthOrDay), EventDate.Basis.STATED, List.of());
        Location hanoi = new Location("Hanoi", "VNM", null, null);
        String text = "President Biden visited Hanoi.";
        Evidence said = new Evidence(new ArticleId(String.format("%016x", doc.hashCode() & 0xffffffffL)), doc, sentence,
                new Span(0, text.length()), text);
        EventMention mention = new EventMention("CONSULT", "visit", "042", "visited", List.of(BIDEN),
                List.of(Actor.country("Vietnam", "VNM")), date, hanoi, List.of(), false, said);
        return new Event(id, null, "CONSULT", "visit", "042", date, hanoi, List.of(BIDEN),
                List.of(Actor.country("Vietnam", "VNM")), List.of(), false, List.of(mention), List.of());
    }
}

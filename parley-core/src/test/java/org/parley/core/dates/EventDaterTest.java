package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.Title;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;
import org.parley.model.Span;

class EventDaterTest {

    private static final EventDater DATER = new EventDater(OfficeHolders.bundled(), Milestones.bundled(),
            LocalDate.of(2025, 6, 1));
    private static final Participant BLINKEN = TestParticipants.BLINKEN;
    private static final Participant SON = TestParticipants.SON;
    private static final List<Participant> PAIR = List.of(SON, BLINKEN);
    private static final PublicationDate MARCH_26 = new PublicationDate.Dated(LocalDateTime.of(2024, 3, 26, 20, 20),
            true, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Mar 26, 2024 / 20:20");
    private static final PublicationDate JUNE_1_2021 = new PublicationDate.Dated(LocalDateTime.of(2021, 6, 1, 9, 0),
            true, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Jun 1, 2021 / 09:00");

    private static EventDate date(AnnotatedFixture f, int sentence, String trigger) {
        return DATER.date(f.article, f.text, sentence, f.token(sentence, trigger), PAIR);
    }

    @Test
    void fullDateWithYearIsStated() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "On [[March 25, 2024|2024-03-25]] in Washington, Son and Blinken co-chaired the dialogue.");
        EventDate d = date(f, 0, "co-chaired");
        assertThat(d).isEqualTo(new EventDate.ExactDay(LocalDate.of(2024, 3, 25), Basis.STATED, d.evidence()));
        assertThat(d.evidence()).containsExactly("'March 25, 2024' (sentence 0) states the date: 2024-03-25");
    }

    @Test
    void todayResolvedBySutimeIsRelative() {
        var f = AnnotatedFixture.of(MARCH_26, "The meeting was held [[today|2024-03-26]] in Washington.");
        EventDate d = date(f, 0, "held");
        assertThat(d.iso()).isEqualTo("2024-03-26");
        assertThat(d.basis()).isEqualTo(Basis.RELATIVE);
        assertThat(d.evidence().get(0)).contains("resolved against the publication date 2024-03-26");
    }

    @Test
    void monthAndYearGiveTheirPrecision() {
        var f = AnnotatedFixture.of(MARCH_26, "Biden visited Hanoi in [[September 2023|2023-09]].",
                "They met in [[2022|2022]].");
        assertThat(date(f, 0, "visited")).isInstanceOf(EventDate.MonthOnly.class)
                .extracting(EventDate::iso).isEqualTo("2023-09");
        assertThat(date(f, 1, "met")).isInstanceOf(EventDate.YearOnly.class).extracting(EventDate::iso).isEqualTo("2022");
    }

    @Test
    void durationsPeriodsAndVagueReferencesDoNotDateAnEvent() {
        // "since 2021" and "the past six months" give a period: PeriodReadingTest
        var f = AnnotatedFixture.of(MARCH_26,
                "They reviewed the partnership over [[the past years|PREV_IMMEDIATE P1Y]], the membership for "
                        + "[[2020 - 2021|PT8784H|DURATION]].");
        EventDate d = date(f, 0, "reviewed");
        assertThat(d.iso()).isEqualTo("2024-03-26");
        assertThat(d.basis()).isEqualTo(Basis.INFERRED);
        assertThat(d.evidence()).containsExactly(
                "no date in the text; taken as the publication date 2024-03-26 (news reports the latest events)");
    }

    @Test
    void aYearThatIsPartOfANameDoesNotDateTheEvent() {
        var f = AnnotatedFixture.of(MARCH_26,
                "They agreed on the importance of the [[1982|1982]] United Nations Convention on the Law of the Sea.");
        EventDate d = date(f, 0, "agreed");
        assertThat(d.iso()).isEqualTo("2024-03-26");
        assertThat(d.basis()).isEqualTo(Basis.INFERRED);
    }

    @Test
    void aPlannedDateAfterTheTriggerBelongsToThePlan() {
        var f = AnnotatedFixture.of(MARCH_26, "The ministers agreed to celebrate the anniversary in [[2025|2025]].");
        assertThat(date(f, 0, "agreed").iso()).isEqualTo("2024-03-26");
        assertThat(date(f, 0, "celebrate").iso()).isEqualTo("2025");
    }

    @Test
    void theNearestExpressionWinsOverAReportingDate() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken held a call on [[May 28, 2024|2024-05-28]], the ministry said on [[May 29, 2024|2024-05-29]].");
        assertThat(date(f, 0, "call").iso()).isEqualTo("2024-05-28");
    }

    @Test
    void aWireDatelineIsNotTheEventDate() {
        var f = AnnotatedFixture.of(MARCH_26, "HANOI, [[March 26|2024-03-26]] (Wire) - Son and Blinken talked "
                + "[[last year|2023]].");
        assertThat(date(f, 0, "talked").iso()).isEqualTo("2023");
    }

    @Test
    void yearIsInferredFromTenuresAndAPeriodStillToBeCompleted() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken held phone talks on [[May 28|XXXX-05-28]].",
                "Blinken pledged support for Vietnam to fulfill its membership of the Council for [[2020 - 2021|PT8784H|DURATION]].");
        EventDate d = date(f, 0, "talks");
        assertThat(d.iso()).isEqualTo("2021-05-28");
        assertThat(d.basis()).isEqualTo(Basis.INFERRED);
        assertThat(d.evidence()).contains(
                "Antony Blinken was Secretary of State from 2021-01-26 to 2025-01-20",
                "tenures overlap 2021-04-08..2025-01-20: May 28 falls in 2021, 2022, 2023, 2024",
                "year inferred: 2021 (the only year consistent with the evidence)");
    }

    @Test
    void nextYearsAnniversaryFixesThePresentYear() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken discussed next year's 30th anniversary of diplomatic relations in a call on [[May 28|XXXX-05-28]].");
        EventDate d = date(f, 0, "call");
        assertThat(d.iso()).isEqualTo("2024-05-28");
        assertThat(d.evidence()).anyMatch(e -> e.contains("USA-VNM diplomatic relations of 1995-07-12 is 2025"));
    }

    @Test
    void thisYearsTenthAnniversaryOfTheComprehensivePartnershipMeans2023() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken met in Hanoi on [[April 15|XXXX-04-15]].",
                "This year marks the 10th anniversary of the bilateral comprehensive partnership.");
        assertThat(date(f, 0, "met").iso()).isEqualTo("2023-04-15");
    }

    @Test
    void anAnniversaryWithoutATimeCueSaysNothing() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken met in Hanoi on [[April 15|XXXX-04-15]].",
                "They discussed the 10th anniversary of the comprehensive partnership.");
        EventDate d = date(f, 0, "met");
        assertThat(d).isInstanceOf(EventDate.Unknown.class);
        assertThat(d.evidence()).last().asString()
                .isEqualTo("candidate years 2021, 2022, 2023, 2024: nothing decides between them");
    }

    @Test
    void aWeekdayWrittenWithTheDateDecidesTheYear() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken spoke on [[Tuesday|XXXX-WXX-2]], [[May 28|XXXX-05-28]].");
        assertThat(date(f, 0, "spoke").iso()).isEqualTo("2024-05-28");
    }

    @Test
    void severalCandidatesInADatedArticleTakeTheMostRecentNotAfterPublication() {
        var f = AnnotatedFixture.of(MARCH_26, "Son and Blinken met on [[May 28|XXXX-05-28]].");
        EventDate d = date(f, 0, "met");
        assertThat(d.iso()).isEqualTo("2023-05-28");
        assertThat(d.evidence()).last().asString().contains("most recent of 2021, 2022, 2023");
    }

    @Test
    void disjointTenuresLeaveTheDateUnknown() {
        Participant kerry = TestParticipants.person("John Kerry", "Secretary of State", OfficeTerm.FOREIGN_MINISTER,
                "USA");
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN, "Son and Kerry met on [[May 28|XXXX-05-28]].");
        EventDate d = DATER.date(f.article, f.text, 0, f.token(0, "met"), List.of(SON, kerry));
        if (DATER.tenureOf(kerry).isPresent()) {
            assertThat(d).isInstanceOf(EventDate.Unknown.class);
            assertThat(d.evidence()).anyMatch(e -> e.contains("do not overlap"));
        } else {
            assertThat(d.evidence()).contains("no known tenure for John Kerry as Secretary of State");
        }
    }

    @Test
    void theSameDayTakesTheParticipantsPreviousDate() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Blinken met Son in Hanoi on [[April 15|XXXX-04-15]].",
                "This year marks the 10th anniversary of the comprehensive partnership.",
                "Trong recalled his phone talks with Biden on [[March 29|XXXX-03-29]].",
                "[[The same day|THIS P1D]], Blinken had a meeting with Trung.");
        EventDate d = DATER.date(f.article, f.text, 3, f.token(3, "meeting"), List.of(BLINKEN));
        assertThat(d.iso()).isEqualTo("2023-04-15");
        assertThat(d.evidence().get(0)).isEqualTo(
                "'The same day' (sentence 3) refers to the previous date in the text, 'April 15' (sentence 0)");
    }

    @Test
    void anUndatedSentenceCarriesOverTheSectionsDateButNotAcrossAHeading() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Son met Blinken on [[March 25, 2024|2024-03-25]].",
                "The talks covered trade.",
                "Minister hosts Secretary",
                "The talks covered trade.");
        EventDate carried = date(f, 1, "talks");
        assertThat(carried.iso()).isEqualTo("2024-03-25");
        assertThat(carried.evidence().get(0)).startsWith("no date in the sentence; carried over from sentence 0");
        assertThat(date(f, 3, "talks").iso()).isEqualTo("2024-03-26");
    }

    @Test
    void backgroundEventsTakeNoDateFromContext() {
        var f = AnnotatedFixture.of(MARCH_26, "Son met Blinken on [[March 25, 2024|2024-03-25]].",
                "They recalled the upgrade of ties.");
        EventDate d = DATER.date(f.article, f.text, 1, f.token(1, "upgrade"), PAIR, true);
        assertThat(d).isInstanceOf(EventDate.Unknown.class);
    }

    @Test
    void aYearlessDatelineIsTheFallbackDayWithItsYearInferred() {
        var f = AnnotatedFixture.of(new PublicationDate.WithoutYear(MonthDay.of(5, 29), PublicationDate.Source.DATELINE,
                        "HANOI, May 29"),
                "Son and Blinken discussed next year's 30th anniversary of diplomatic relations by phone.");
        EventDate d = date(f, 0, "discussed");
        assertThat(d.iso()).isEqualTo("2024-05-29");
        assertThat(d.basis()).isEqualTo(Basis.INFERRED);
    }

    @Test
    void tenureFollowsTheOfficeOfTheTitleInTheText() {
        assertThat(DATER.tenureOf(BLINKEN)).contains(new DateRange(LocalDate.of(2021, 1, 26), LocalDate.of(2025, 1, 20)));
        assertThat(DATER.tenureOf(SON)).hasValueSatisfying(r -> assertThat(r.start()).isEqualTo(LocalDate.of(2021, 4, 8)));
        assertThat(DATER.tenureOf(TestParticipants.person("Antony Blinken", "Prime Minister",
                OfficeTerm.HEAD_OF_GOVERNMENT, "USA"))).isEmpty();
        assertThat(DATER.tenureOf(Participant.untitled(Actor.country("Vietnam", "VNM")))).isEmpty();
        assertThat(DATER.tenureOf(TestParticipants.person("Nobody Known", "President", OfficeTerm.HEAD_OF_STATE, null)))
                .isEmpty();
    }

    @Test
    void theYearIsBoundedByTheOfficeOfTheTitleOnTheParticipantsMention() {
        var f = AnnotatedFixture.of(JUNE_1_2021, "Secretary of State Antony Blinken spoke on [[May 28|XXXX-05-28]].");
        Actor blinken = new Actor("Antony Blinken", ActorKind.PERSON, "Secretary of State", "USA", "GOV");
        ActorMention secretary = new ActorMention(0, 0, 5, new Span(0, 33), "Secretary of State Antony Blinken",
                blinken, ActorMention.Basis.NAMED,
                Optional.of(new Title("Secretary of State", OfficeTerm.FOREIGN_MINISTER, "USA", "GOV")));
        EventDate d = DATER.date(f.article, f.text, 0, f.token(0, "spoke"),
                Participant.of(List.of(blinken), List.of(secretary)));
        assertThat(d.iso()).isEqualTo("2021-05-28");
        assertThat(d.evidence()).contains("Antony Blinken was Secretary of State from 2021-01-26 to 2025-01-20");

        ActorMention deputy = new ActorMention(0, 0, 5, new Span(0, 33), "Secretary of State Antony Blinken",
                blinken, ActorMention.Basis.NAMED,
                Optional.of(new Title("Deputy Secretary of State", null, "USA", "GOV")));
        EventDate undated = DATER.date(f.article, f.text, 0, f.token(0, "spoke"),
                Participant.of(List.of(blinken), List.of(deputy)));
        assertThat(undated).isInstanceOf(EventDate.Unknown.class);
        assertThat(undated.evidence()).contains("no known tenure for Antony Blinken as Secretary of State");
    }

    @Test
    void datingIsThreadSafeAndRepeatable() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Son and Blinken held phone talks on [[May 28|XXXX-05-28]].",
                "Blinken pledged support for Vietnam to fulfill its membership of the Council for [[2020 - 2021|PT8784H|DURATION]].");
        EventDate first = date(f, 0, "talks");
        assertThat(IntStream.range(0, 64).parallel().mapToObj(i -> date(f, 0, "talks")).toList()).allMatch(first::equals);
    }
}

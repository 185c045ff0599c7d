package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.kb.OfficeHolders;
import org.parley.model.EventDate;
import org.parley.model.PublicationDate;

class YearInferenceTest {

    private static final Participant BLINKEN = TestParticipants.BLINKEN;
    private static final YearlessDay MAY_28 = new YearlessDay(MonthDay.of(5, 28));

    private static EventDate infer(LocalDate horizon, PublicationDate published, String sentence,
                                   List<Participant> who) {
        var f = AnnotatedFixture.of(published, sentence);
        YearInference years = new YearInference(new Tenures(OfficeHolders.bundled()), new YearClues(Milestones.bundled()),
                horizon);
        return years.infer(new DatingRequest(f.article, f.text, 0, 0, who, false), MAY_28, 0, new ArrayList<>());
    }

    @Test
    void withoutAPublicationDateOpenTenuresEndAtTheHorizon() {
        EventDate d = infer(LocalDate.of(2021, 12, 31), PublicationDate.UNKNOWN, "Blinken spoke on [[May 28|XXXX-05-28]].",
                List.of(BLINKEN));
        assertThat(d.iso()).isEqualTo("2021-05-28");
        assertThat(d.evidence()).contains("year inferred: 2021 (the only year consistent with the evidence)");
    }

    @Test
    void nothingToBoundTheYearLeavesItUnknown() {
        EventDate d = infer(LocalDate.of(2025, 6, 1), PublicationDate.UNKNOWN, "They spoke on [[May 28|XXXX-05-28]].",
                List.of());
        assertThat(d).isInstanceOf(EventDate.Unknown.class);
        assertThat(d.evidence()).containsExactly("nothing bounds the year");
    }

    @Test
    void aYearlessDatelineAndTheReportsWeekdayPickTheYear() {
        // May 29 was a Wednesday in 2024 only among 2021-2024.
        var dateline = new PublicationDate.WithoutYear(MonthDay.of(5, 29), PublicationDate.Source.DATELINE, "HANOI, May 29");
        EventDate d = infer(LocalDate.of(2025, 6, 1), dateline,
                "Blinken spoke on [[May 28|XXXX-05-28]], the ministry said on [[Wednesday|XXXX-WXX-3]].", List.of(BLINKEN));
        assertThat(d.iso()).isEqualTo("2024-05-28");
        assertThat(d.evidence()).contains("year inferred: 2024");
    }

    private static EventDate onWeekday(PublicationDate.WithoutYear dateline, java.time.DayOfWeek weekday, String sentence,
                                       List<Participant> who) {
        var f = AnnotatedFixture.of(dateline, sentence);
        YearInference years = new YearInference(new Tenures(OfficeHolders.bundled()), new YearClues(Milestones.bundled()),
                LocalDate.of(2025, 6, 1));
        return years.inferWeekday(new DatingRequest(f.article, f.text, 0, 0, who, false),
                new YearlessDay(dateline.monthDay()), weekday, 0, new ArrayList<>());
    }

    @Test
    void aBareWeekdayIsTheDatelinesDayInTheYearThatMakesItSo() {
        // Blinken 2021-01-26..2025-01-20; May 28 was a Tuesday in 2024 only.
        var dateline = new PublicationDate.WithoutYear(MonthDay.of(5, 28), PublicationDate.Source.DATELINE, "HANOI, May 28");
        EventDate d = onWeekday(dateline, java.time.DayOfWeek.TUESDAY, "Blinken met Son on [[Tuesday|XXXX-WXX-2]].",
                List.of(BLINKEN));
        assertThat(d.iso()).isEqualTo("2024-05-28");
        assertThat(d.evidence()).anyMatch(e -> e.contains("May 28 itself is a Tuesday in 2024"));
    }

    @Test
    void elseTheDayBeforeTheDateline() {
        // No year has May 28 on a Monday among 2021-2024 but 2024 has May 27 on one.
        var dateline = new PublicationDate.WithoutYear(MonthDay.of(5, 28), PublicationDate.Source.DATELINE, "HANOI, May 28");
        EventDate d = onWeekday(dateline, java.time.DayOfWeek.MONDAY, "Blinken met Son on [[Monday|XXXX-WXX-1]].",
                List.of(BLINKEN));
        assertThat(d.iso()).isEqualTo("2024-05-27");
        assertThat(d.evidence()).anyMatch(e -> e.contains("the day before May 28 is a Monday in 2024"));
    }

    @Test
    void aWeekdayNoCandidateYearAllowsLeavesTheDateUnknown() {
        // Blinken's years 2021-2024 put May 28 on Fri, Sat, Sun, Tue and May 27 on Thu, Fri, Sat, Mon.
        var dateline = new PublicationDate.WithoutYear(MonthDay.of(5, 28), PublicationDate.Source.DATELINE, "HANOI, May 28");
        EventDate d = onWeekday(dateline, java.time.DayOfWeek.WEDNESDAY, "Blinken met Son on [[Wednesday|XXXX-WXX-3]].",
                List.of(BLINKEN));
        assertThat(d).isInstanceOf(EventDate.Unknown.class);
        assertThat(d.evidence()).anyMatch(e -> e.contains("neither that day nor the day before is one in 2021, 2022, 2023, 2024"));
    }

    @Test
    void aCountOfYearsFromAWrittenYearGivesThePresentYear() {
        var dateline = new PublicationDate.WithoutYear(MonthDay.of(5, 28), PublicationDate.Source.DATELINE, "HANOI, May 28");
        var f = AnnotatedFixture.of(dateline, "Blinken met Son on [[May 28|XXXX-05-28]], [[three years|P3Y|DURATION]] after "
                + "the two sides signed a plan in [[2020|2020]].");
        List<YearClue> clues = new YearClues(Milestones.bundled()).find(f.article.clean().text(), f.text, List.of());
        assertThat(clues).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(YearClue.Kind.PRESENT_YEAR);
            assertThat(c.lowest()).isEqualTo(2023);
            assertThat(c.reason()).contains("counts 3 years from 2020");
        });
    }

    @Test
    void aCountBetweenTwoWrittenYearsSaysNothingOfThePresent() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN, "In [[1995|1995]], [[two years|P2Y|DURATION]] after the "
                + "embargo ended in [[1993|1993]], they met.");
        assertThat(new YearClues(Milestones.bundled()).find(f.article.clean().text(), f.text, List.of())).isEmpty();
    }

    @Test
    void anAnniversaryOfAWrittenYearGivesThePresentYear() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN, "The two countries mark the 30th anniversary of relations "
                + "established in [[1992|1992]].");
        List<YearClue> clues = new YearClues(Milestones.bundled()).find(f.article.clean().text(), f.text, List.of());
        assertThat(clues).singleElement().satisfies(c -> assertThat(c.lowest()).isEqualTo(2022));
    }
}

package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.kb.OfficeHolders;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;

class TimexResolutionTest {

    private static final PublicationDate MARCH_26 = new PublicationDate.Dated(LocalDateTime.of(2024, 3, 26, 20, 20),
            true, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Mar 26, 2024");
    private final TimexResolution resolution = new TimexResolution(new ExpressionSelection(new PeriodReading()), new YearInference(
            new Tenures(OfficeHolders.bundled()), new YearClues(Milestones.bundled()), LocalDate.of(2025, 6, 1)));

    private EventDate resolve(AnnotatedFixture f, int expression) {
        var t = f.text.times().get(expression);
        return resolution.resolve(new DatingRequest(f.article, f.text, t.sentence(), 0, List.of(), false), t, 0);
    }

    @Test
    void aWrittenYearIsStatedAndAResolvedOneRelative() {
        var f = AnnotatedFixture.of(MARCH_26, "They met on [[March 25, 2024|2024-03-25]] and [[yesterday|2024-03-25]].");
        assertThat(resolve(f, 0).basis()).isEqualTo(Basis.STATED);
        assertThat(resolve(f, 1).basis()).isEqualTo(Basis.RELATIVE);
        assertThat(resolve(f, 1).evidence()).containsExactly(
                "'yesterday' (sentence 0) resolved against the publication date 2024-03-26: 2024-03-25");
    }

    @Test
    void aWeekdayWrittenWithAFullDateIsChecked() {
        var f = AnnotatedFixture.of(MARCH_26, "On [[Monday, March 25, 2024|2024-03-25]] and [[Friday, March 25, 2024|2024-03-25]].");
        assertThat(resolve(f, 0).evidence()).contains("2024-03-25 was a Monday, as written");
        assertThat(resolve(f, 1).evidence()).contains("warning: 2024-03-25 was a Monday, not a Friday");
    }

    @Test
    void theSameDayWithoutAnEarlierDayGivesNoDate() {
        var f = AnnotatedFixture.of(MARCH_26, "[[The same day|THIS P1D]], they met.");
        assertThat(resolve(f, 0)).isEqualTo(new EventDate.Unknown(
                List.of("'The same day' (sentence 0) (THIS P1D) does not give a date on its own")));
    }

    @Test
    void theSameDayTakesTheEarlierDayWithItsEvidence() {
        var f = AnnotatedFixture.of(MARCH_26, "They met on [[March 25, 2024|2024-03-25]].",
                "[[The same day|THIS P1D]], they signed.");
        EventDate d = resolve(f, 1);
        assertThat(d.iso()).isEqualTo("2024-03-25");
        assertThat(d.evidence()).containsExactly(
                "'The same day' (sentence 1) refers to the previous date in the text, 'March 25, 2024' (sentence 0)",
                "'March 25, 2024' (sentence 0) states the date: 2024-03-25");
    }
}

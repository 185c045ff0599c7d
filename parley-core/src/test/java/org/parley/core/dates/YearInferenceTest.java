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
}

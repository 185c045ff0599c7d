package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.kb.OfficeHolders;
import org.parley.model.EventDate;
import org.parley.model.PublicationDate;

class DatingRuleTest {

    private static final PublicationDate MARCH_26 = new PublicationDate.Dated(LocalDateTime.of(2024, 3, 26, 20, 20),
            true, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Mar 26, 2024");
    private static final ExpressionSelection SELECTION = new ExpressionSelection(new PeriodReading());
    private static final YearInference YEARS = new YearInference(new Tenures(OfficeHolders.bundled()),
            new YearClues(Milestones.bundled()), LocalDate.of(2025, 6, 1));
    private static final TimexResolution RESOLUTION = new TimexResolution(SELECTION, YEARS);

    private static DatingRequest request(AnnotatedFixture f, int sentence, boolean background) {
        return new DatingRequest(f.article, f.text, sentence, 0, List.of(), background);
    }

    @Test
    void onlyABackgroundMentionIsLeftUndatedByTheBackgroundRule() {
        var f = AnnotatedFixture.of(MARCH_26, "They recalled the upgrade.");
        var rule = new DatingRule.BackgroundStaysUndated();
        assertThat(rule.date(request(f, 0, true))).containsInstanceOf(EventDate.Unknown.class);
        assertThat(rule.date(request(f, 0, false))).isEmpty();
    }

    @Test
    void onlyADayIsCarriedOver() {
        var f = AnnotatedFixture.of(MARCH_26, "Biden visited in [[September 2023|2023-09]].", "The talks covered trade.");
        assertThat(new DatingRule.CarriedOver(SELECTION, RESOLUTION).date(request(f, 1, false))).isEmpty();
    }

    @Test
    void noMoreThanCarryOverSentencesBack() {
        var f = AnnotatedFixture.of(MARCH_26, "They met on [[March 25, 2024|2024-03-25]].", "One.", "Two.", "Three.", "Four.");
        var rule = new DatingRule.CarriedOver(SELECTION, RESOLUTION);
        assertThat(rule.date(request(f, EventDater.CARRY_OVER, false))).isPresent();
        assertThat(rule.date(request(f, EventDater.CARRY_OVER + 1, false))).isEmpty();
    }

    @Test
    void aPhotoCaptionIsPassedOverNotCarriedFrom() {
        var f = AnnotatedFixture.of(MARCH_26, "They met on [[March 25, 2024|2024-03-25]].",
                "Son greets Blinken on [[March 24, 2024|2024-03-24]] (Photo: VNA)", "The talks covered trade.");
        var rule = new DatingRule.CarriedOver(SELECTION, RESOLUTION);
        assertThat(rule.date(request(f, 2, false)))
                .hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2024-03-24"));
        assertThat(rule.date(request(f.withCaption(1), 2, false)))
                .hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2024-03-25"));
    }

    @Test
    void aHeadingStopsTheCarryOver() {
        var f = AnnotatedFixture.of(MARCH_26, "They met on [[March 25, 2024|2024-03-25]].", "Next steps",
                "The talks covered trade.");
        assertThat(new DatingRule.CarriedOver(SELECTION, RESOLUTION).date(request(f, 2, false))).isEmpty();
    }

    @Test
    void thePublicationDayAnswersOnlyWhenThereIsOne() {
        var dated = AnnotatedFixture.of(MARCH_26, "They met.");
        var undated = AnnotatedFixture.of(PublicationDate.UNKNOWN, "They met.");
        var rule = new DatingRule.PublicationDay(YEARS);
        assertThat(rule.date(request(dated, 0, false))).hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2024-03-26"));
        assertThat(rule.date(request(undated, 0, false))).isEmpty();
    }
}

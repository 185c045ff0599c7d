package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.parley.model.DatePrecision;

/** The one reader of SUTime's durations, shared by periods and counts of years. */
class TimexDurationTest {

    @Test
    void readsCountAndUnitAloneOrAfterAModifier() {
        assertThat(TimexDuration.parse("P6M")).contains(new TimexDuration(6, ChronoUnit.MONTHS));
        assertThat(TimexDuration.parse("P5Y")).contains(new TimexDuration(5, ChronoUnit.YEARS));
        assertThat(TimexDuration.parse("THIS P2W")).contains(new TimexDuration(2, ChronoUnit.WEEKS));
        assertThat(TimexDuration.parse(" P10D ")).contains(new TimexDuration(10, ChronoUnit.DAYS));
    }

    @Test
    void datesRefsAndMalformedValuesAreNoDurations() {
        assertThat(TimexDuration.parse("2024-03")).isEmpty();
        assertThat(TimexDuration.parse("PAST_REF")).isEmpty();
        assertThat(TimexDuration.parse("PXY")).isEmpty();
        assertThat(TimexDuration.parse("P6MX")).isEmpty();
        assertThat(TimexDuration.parse("P123456Y")).as("no count of news runs to five digits").isEmpty();
        assertThat(TimexDuration.parse(null)).isEmpty();
    }

    @Test
    void givesItsPeriodAndPrecision() {
        assertThat(new TimexDuration(2, ChronoUnit.WEEKS).period()).isEqualTo(Period.ofWeeks(2));
        assertThat(new TimexDuration(6, ChronoUnit.MONTHS).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(new TimexDuration(3, ChronoUnit.DAYS).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(new TimexDuration(5, ChronoUnit.YEARS).inYears()).isTrue();
        assertThat(new TimexDuration(5, ChronoUnit.MONTHS).inYears()).isFalse();
    }
}

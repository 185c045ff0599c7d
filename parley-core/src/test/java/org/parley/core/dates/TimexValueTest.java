package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventDate;

class TimexValueTest {

    @Test
    void readsEverySutimeDateShape() {
        assertThat(TimexValue.parse("2024-03-26")).isEqualTo(new TimexValue.Day(LocalDate.of(2024, 3, 26)));
        assertThat(TimexValue.parse("2024-06-20T14:30")).isEqualTo(new TimexValue.Day(LocalDate.of(2024, 6, 20)));
        assertThat(TimexValue.parse("2023-09")).isEqualTo(new TimexValue.MonthOfYear(YearMonth.of(2023, 9)));
        assertThat(TimexValue.parse("2023")).isEqualTo(new TimexValue.Year(2023));
        assertThat(TimexValue.parse("XXXX-05-28")).isEqualTo(new TimexValue.YearlessDay(MonthDay.of(5, 28)));
        assertThat(TimexValue.parse("XXXX-06")).isEqualTo(new TimexValue.YearlessMonth(Month.JUNE));
        assertThat(TimexValue.parse("XXXX-WXX-3")).isEqualTo(new TimexValue.Weekday(DayOfWeek.WEDNESDAY));
        assertThat(TimexValue.parse("THIS P1D")).isEqualTo(new TimexValue.SameDay());
    }

    @Test
    void vagueOrBrokenValuesAreUnresolved() {
        for (String v : new String[] {"PAST_REF", "PRESENT_REF", "PREV_IMMEDIATE P1Y", "THIS P1Y OFFSET P-1Y", "P30Y",
                "2024-02-30", "XXXX-13-01", "", "2024-W24"}) {
            assertThat(TimexValue.parse(v)).as(v).isInstanceOf(TimexValue.Unresolved.class);
        }
        assertThat(TimexValue.parse(null)).isInstanceOf(TimexValue.Unresolved.class);
    }

    @Test
    void resolvedValuesBecomeEventDatesAtTheirPrecision() {
        assertThat(TimexValue.toEventDate("2023-09", EventDate.Basis.STATED, List.of("x")))
                .isEqualTo(new EventDate.MonthOnly(YearMonth.of(2023, 9), EventDate.Basis.STATED, List.of("x")));
        assertThat(TimexValue.toEventDate("XXXX-05-28", EventDate.Basis.STATED, List.of())).isInstanceOf(EventDate.Unknown.class);
    }
}

package org.parley.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void intersectionOfOverlappingRangesIsTheSharedDays() {
        DateRange a = new DateRange(d("2021-01-26"), d("2025-01-20"));
        DateRange b = DateRange.from(d("2021-04-08"));
        assertThat(a.intersect(b)).hasValue(new DateRange(d("2021-04-08"), d("2025-01-20")));
        assertThat(b.intersect(a)).isEqualTo(a.intersect(b));
    }

    @Test
    void disjointRangesHaveNoIntersection() {
        assertThat(new DateRange(d("2020-01-01"), d("2020-12-31"))
                .intersect(new DateRange(d("2021-01-01"), d("2021-12-31")))).isEmpty();
    }

    @Test
    void twoOpenRangesIntersectInAnOpenRange() {
        assertThat(DateRange.from(d("2020-01-01")).intersect(DateRange.from(d("2022-01-01"))))
                .hasValue(DateRange.from(d("2022-01-01")));
    }

    @Test
    void intersectAllNarrowsStepByStep() {
        assertThat(DateRange.intersectAll(List.of(DateRange.from(d("2020-01-01")),
                new DateRange(d("2019-01-01"), d("2023-01-01")), new DateRange(d("2021-06-01"), d("2024-01-01")))))
                .hasValue(new DateRange(d("2021-06-01"), d("2023-01-01")));
        assertThat(DateRange.intersectAll(List.of())).isEmpty();
    }

    @Test
    void candidateYearsRespectBothEnds() {
        DateRange r = new DateRange(d("2021-05-29"), d("2024-05-27"));
        assertThat(r.candidateYears(MonthDay.of(5, 28), d("2030-01-01"))).containsExactly(2022, 2023);
        assertThat(new DateRange(d("2019-01-01"), d("2024-12-31")).candidateYears(MonthDay.of(2, 29),
                d("2030-01-01"))).containsExactly(2020, 2024);
        assertThat(DateRange.from(d("2025-01-01")).candidateYears(MonthDay.of(12, 1), d("2026-11-25")))
                .containsExactly(2025);
    }

    @Test
    void endBeforeStartIsRejected() {
        assertThatThrownBy(() -> new DateRange(d("2020-01-02"), d("2020-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void overlapCountsBothEndDays() {
        assertThat(new DateRange(d("2020-01-01"), d("2020-01-10"))
                .overlapDays(new DateRange(d("2020-01-10"), d("2020-02-01")), d("2030-01-01"))).isEqualTo(1);
    }
}

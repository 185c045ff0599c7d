package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.Events.day;
import static org.parley.server.Events.event;
import static org.parley.server.Events.month;
import static org.parley.server.Events.year;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.EventDate;

class MonthlySeriesTest {
    private static final Actor US = Actor.country("United States", "USA");
    private static final Actor VN = Actor.country("Vietnam", "VNM");

    @Test
    void countsTypesAndScoresEachMonthFillingEmptyMonths() {
        List<MonthlySeries.Month> months = MonthlySeries.of(List.of(
                event("e1", "CONSULT", "040", day("2024-01-05"), US, VN),
                event("e2", "AID", "070", month("2024-01"), US, VN),
                event("e3", "REJECT", "120", day("2024-03-02"), VN, US)));
        assertThat(months).extracting(MonthlySeries.Month::month)
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        MonthlySeries.Month jan = months.get(0);
        assertThat(jan.counts()).isEqualTo(Map.of("AID", 1, "CONSULT", 1));
        assertThat(jan.cooperation()).isEqualTo(8.0);
        assertThat(jan.conflict()).isZero();
        assertThat(jan.score()).isEqualTo(4.0);
        assertThat(months.get(1).events()).isZero();
        assertThat(months.get(1).score()).isZero();
        assertThat(months.get(2).conflict()).isEqualTo(4.0);
        assertThat(months.get(2).score()).isEqualTo(-4.0);
    }

    @Test
    void leavesOutEventsWithoutAMonth() {
        List<MonthlySeries.Month> months = MonthlySeries.of(List.of(
                event("e1", "CONSULT", "040", year(2023), US, VN),
                event("e2", "CONSULT", "040", new EventDate.Unknown(List.of()), US, VN)));
        assertThat(months).isEmpty();
    }

    @Test
    void weighsByPloverTypeThenByCameoRoot() {
        assertThat(CooperationScore.weight(event("e", "REQUEST", "100", day("2024-01-01"), US, VN))).isEqualTo(-1.0);
        assertThat(CooperationScore.weight(event("e", "AID", null, day("2024-01-01"), US, VN))).isEqualTo(7.0);
        assertThat(CooperationScore.weight(event("e", "FIGHT", "190", day("2024-01-01"), US, VN))).isEqualTo(-10.0);
        assertThat(CooperationScore.weight(event("e", "OTHER", null, day("2024-01-01"), US, VN))).isZero();
        assertThat(CooperationScore.PLOVER_TYPES.values()).allMatch(w -> w >= -10 && w <= 10);
    }
}

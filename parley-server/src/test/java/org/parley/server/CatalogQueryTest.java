package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.server.Events.day;
import static org.parley.server.Events.event;
import static org.parley.server.Events.month;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Event;

class CatalogQueryTest {
    private static final Actor US = Actor.country("United States", "USA");
    private static final Actor VN = Actor.country("Vietnam", "VNM");
    private static final Actor JP = Actor.country("Japan", "JPN");
    private static final Event CALL = event("e1", "CONSULT", "040", day("2024-03-26"), US, VN, "trade");
    private static final Event VISIT = event("e2", "CONSULT", "042", month("2023-09"), US, JP);
    private static final Event AID = event("e3", "AID", "070", day("2024-01-10"), JP, VN);

    @Test
    void aPairOfCountriesMeansOppositeSides() {
        EventQuery dyad = new EventQuery(null, List.of("usa", "VNM"), null, null, null, null, null, null);
        assertThat(List.of(CALL, VISIT, AID).stream().filter(dyad::test)).containsExactly(CALL);
        EventQuery one = new EventQuery(null, List.of("JPN"), null, null, null, null, null, null);
        assertThat(List.of(CALL, VISIT, AID).stream().filter(one::test)).containsExactly(VISIT, AID);
    }

    @Test
    void filtersByPeriodTopicAndTextMatches() {
        EventQuery period = new EventQuery(null, List.of(), null, LocalDate.of(2023, 9, 30), LocalDate.of(2024, 1, 31), null, null, null);
        assertThat(List.of(CALL, VISIT, AID).stream().filter(period::test)).containsExactly(VISIT, AID);
        EventQuery topic = new EventQuery(null, List.of(), null, null, null, "TRADE", null, null);
        assertThat(List.of(CALL, VISIT, AID).stream().filter(topic::test)).containsExactly(CALL);
        EventQuery text = new EventQuery(null, List.of(), null, null, null, null, null, Set.of("e3"));
        assertThat(List.of(CALL, VISIT, AID).stream().filter(text::test)).containsExactly(AID);
    }

    @Test
    void rejectsBadCountriesAndPeriods() {
        assertThatThrownBy(() -> new EventQuery(null, List.of("US"), null, null, null, null, null, null))
                .hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> new EventQuery(null, List.of("USA", "VNM", "JPN"), null, null, null, null, null, null))
                .hasMessageContaining("pair");
        assertThatThrownBy(() -> new EventQuery(null, List.of(), null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1),
                null, null, null)).hasMessageContaining("before it starts");
    }

    @Test
    void pagesWithinBoundsAndKeepsTheTotal() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        Paging.Page<Integer> page = new Paging(3, 10).of(all);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactly(4, 5);
        assertThat(new Paging(9, 2).of(all).items()).isEmpty();
        assertThatThrownBy(() -> new Paging(0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new Paging(0, Paging.MAX_LIMIT + 1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new Paging(-1, 5)).hasMessageContaining("offset");
    }

    @Test
    void periodOverlapCountsAMonthAsItsDays() {
        assertThat(CatalogSnapshot.inPeriod(month("2024-03"), LocalDate.of(2024, 3, 31), null)).isTrue();
        assertThat(CatalogSnapshot.inPeriod(month("2024-03"), null, LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(CatalogSnapshot.inPeriod(new org.parley.model.EventDate.Unknown(List.of()), null, LocalDate.MAX)).isFalse();
        assertThat(CatalogSnapshot.inPeriod(new org.parley.model.EventDate.Unknown(List.of()), null, null)).isTrue();
    }
}

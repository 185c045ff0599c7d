package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.consolidate.TimelineEntry;
import org.parley.model.Actor;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;

class TimelineEntryViewTest {

    @Test
    void aPeriodShowsItsStartAndEndAndADayNone() {
        EventDate months = new EventDate.Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 3, 31), DatePrecision.MONTH,
                EventDate.Basis.STATED, List.of("the six months since the upgrade"));
        Map<String, Object> period = ApiViews.timelineEntry(TimelineEntry.of(Events.event("ev-p", "SUPPORT", "051", months,
                Actor.country("United States", "USA"), Actor.country("Vietnam", "VNM"))), null, false);
        Map<String, Object> day = ApiViews.timelineEntry(TimelineEntry.of(Events.event("ev-d", "CONSULT", "040",
                Events.day("2024-03-25"), Actor.country("United States", "USA"), Actor.country("Vietnam", "VNM"))), null, false);

        assertThat(period.get("range")).isEqualTo(Map.of("start", "2023-09", "end", "2024-03"));
        assertThat(day).containsEntry("range", null);
    }
}

package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.BLINKEN;
import static org.parley.core.consolidate.Mentions.SON;
import static org.parley.core.consolidate.Mentions.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventDate;

class TimelineRowTest {

    private static TimelineEntry entry(String id, String type, String iso, String during) {
        EventDate date = day(iso, EventDate.Basis.STATED);
        Event e = new Event(id, null, type, null, null, date, null, List.of(BLINKEN), List.of(SON), List.of(), false,
                List.of(Mentions.consult(1, 0, null, BLINKEN, SON, date, null, false)), List.of(), during);
        return TimelineEntry.of(e);
    }

    @Test
    void actsFoldBeneathTheMeetingTheyWereSaidDuringAndOthersStayRows() {
        TimelineEntry talks = entry("ev-talks", "CONSULT", "2023-04-15", null);
        TimelineEntry agreed = entry("ev-agreed", "AGREE", "2023-04-15", "ev-talks");
        TimelineEntry asked = entry("ev-asked", "REQUEST", "2023-04-15", "ev-talks");
        TimelineEntry orphan = entry("ev-orphan", "SUPPORT", "2023-04-16", "ev-not-listed");
        TimelineEntry call = entry("ev-call", "CONSULT", "2023-05-01", null);

        List<TimelineRow> rows = TimelineRow.fold(List.of(talks, agreed, asked, orphan, call));

        assertThat(rows).extracting(r -> r.entry().event().id()).containsExactly("ev-talks", "ev-orphan", "ev-call");
        assertThat(rows.get(0).acts()).extracting(a -> a.event().id()).containsExactly("ev-agreed", "ev-asked");
        assertThat(rows.get(1).acts()).isEmpty();
        assertThat(rows.stream().mapToInt(r -> 1 + r.acts().size()).sum()).as("every entry shown once").isEqualTo(5);
    }

    @Test
    void anActIsNeverHiddenBeneathAnotherAct() {
        TimelineEntry act = entry("ev-a", "AGREE", "2023-04-15", "ev-b");
        TimelineEntry other = entry("ev-b", "SUPPORT", "2023-04-15", "ev-c");

        assertThat(TimelineRow.fold(List.of(act, other))).extracting(r -> r.entry().event().id())
                .containsExactly("ev-a", "ev-b");
    }
}

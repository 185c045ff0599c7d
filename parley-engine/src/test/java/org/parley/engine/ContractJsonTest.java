package org.parley.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;

class ContractJsonTest {

    @Test
    void aPeriodsRangeIsStartThenEndInEveryRun() {
        EventDate period = new EventDate.Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 3, 31), DatePrecision.MONTH,
                EventDate.Basis.STATED, List.of("since September 2023"));

        @SuppressWarnings("unchecked")
        Map<String, Object> range = (Map<String, Object>) ContractJson.date(period).get("range");

        assertThat(List.copyOf(range.keySet())).containsExactly("start", "end");
        assertThat(List.copyOf(range.values())).containsExactly("2023-09", "2024-03");
    }
}

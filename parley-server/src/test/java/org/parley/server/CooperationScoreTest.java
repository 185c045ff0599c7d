package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.core.data.TsvRows;

class CooperationScoreTest {

    private record PloverRow(String type, double weight, List<String> roots) {
    }

    @Test
    void everyCameoRootFrom01To20IsWeighedOnTheScale() {
        assertThat(CooperationScore.CAMEO_ROOTS.keySet())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList());
        assertThat(CooperationScore.CAMEO_ROOTS.values()).allMatch(w -> w >= -10 && w <= 10);
    }

    @Test
    void everyPloverWeightIsTheMeanOfTheCameoRootsItCoversRoundedToTwoDecimals() {
        List<PloverRow> rows = TsvRows.bundled(CooperationScore.class, CooperationScore.PLOVER_FILE, 3,
                row -> new PloverRow(row.cell(0), row.number(1, "weight"), row.list(2)));
        assertThat(rows).hasSize(CooperationScore.PLOVER_TYPES.size()).allSatisfy(row -> {
            double mean = row.roots().stream().mapToDouble(CooperationScore.CAMEO_ROOTS::get).average().orElseThrow();
            assertThat(row.weight()).as(row.type()).isEqualTo(Math.round(mean * 100) / 100.0)
                    .isEqualTo(CooperationScore.PLOVER_TYPES.get(row.type()));
        });
        assertThat(CooperationScore.PLOVER_TYPES).contains(Map.entry("REQUEST", -1.0), Map.entry("ASSAULT", -9.67));
    }
}

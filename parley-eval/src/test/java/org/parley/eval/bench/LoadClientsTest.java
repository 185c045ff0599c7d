package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadClientsTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * 1_000_000L; // 1..100 ms
        }
        assertThat(LoadClients.percentile(nanos, 50)).isEqualTo(50.0);
        assertThat(LoadClients.percentile(nanos, 99)).isEqualTo(99.0);
        assertThat(LoadClients.percentile(new long[] {7_000_000L}, 95)).isEqualTo(7.0);
        assertThat(LoadClients.percentile(new long[0], 50)).isZero();
    }

    @Test
    void reportSumsEndpointsAndTabulatesEachOnce() {
        LoadClients.Report r = new LoadClients.Report(4, 2.0, List.of(
                new LoadClients.EndpointFigures("GET /a", 30, 0, 1, 2, 3),
                new LoadClients.EndpointFigures("GET /b", 9, 1, 4, 5, 6)), List.of("500 for /b"));
        assertThat(r.requests()).isEqualTo(40);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.requestsPerSecond()).isEqualTo(20.0);
        assertThat(r.table()).contains("| GET /a | 30 | 0 | 15.0 | 1.0 | 2.0 | 3.0 |", "| GET /b | 10 | 1 | 5.0 |");
    }
}

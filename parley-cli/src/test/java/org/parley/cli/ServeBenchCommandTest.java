package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley bench serve} on a tiny store for two seconds: the report's shape, not its figures. */
class ServeBenchCommandTest {

    @Test
    void loadsEveryEndpointWithoutErrorsWhileAnIngestRuns(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(corpus.resolve("note-" + i + ".txt"), "Harbour council meets\n\nMarch " + i
                    + ", 2024 - The harbour council met for the " + i + ". time to discuss the new pier.\n");
        }

        CliRun run = CliRun.of("bench", "serve", "--events", "100", "--clients", "2", "--seconds", "2",
                "--watch-seconds", "1", "--no-annotate", "--ingest", corpus.toString(), "--work", dir.resolve("store").toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
                .contains("GET /api/events?country&type", "GET /api/events/{id}", "GET /api/stories",
                        "GET /api/search?q", "GET /api/timeline?between");
        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("bench-serve: events=100 clients=2 ").contains(" errors=0 ");
        assertThat(Integer.parseInt(last.replaceAll(".* requests=(\\d+) .*", "$1"))).isPositive();
        // how many of the three files the ingest got through in two seconds depends on the machine
        assertThat(Integer.parseInt(last.replaceAll(".* ingest_articles=(\\d+) .*", "$1"))).isBetween(1, 3);
    }
}

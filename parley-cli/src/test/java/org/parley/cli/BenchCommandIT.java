package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code parley bench} end to end on three short texts written for this test (both pipelines
 * load their real models: minutes). Checks only that the run completes and its last line parses with
 * positive numbers; it never asserts a time.
 */
class BenchCommandIT {

    private static final Pattern FINAL = Pattern.compile("bench: articles=(\\d+) parley_articles_per_s=([0-9.]+) "
            + "corenlp_articles_per_s=([0-9.]+) ratio=([0-9.]+) peak_heap_mb=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void benchRunsBothPipelinesAndEndsWithTheScriptLine() throws Exception {
        Files.writeString(dir.resolve("talks.txt"), """
                Ministers hold talks in Vienna

                VIENNA, March 4, 2024 - The foreign ministers of Austria and Chile met in Vienna on Monday
                to discuss trade and a new agreement on lithium mining. Both said the talks were useful.
                """);
        Files.writeString(dir.resolve("call.txt"), """
                President calls counterpart

                The President of Ghana spoke by telephone with the Prime Minister of Norway on Tuesday,
                his office said, and invited him to visit Accra in June.
                """);
        Files.writeString(dir.resolve("aid.txt"), """
                Aid pledged after floods

                Japan pledged $20 million in aid to Bangladesh on 12 July 2023 after floods displaced
                thousands of families, the foreign ministry in Tokyo said.
                """);

        CliRun run = CliRun.of("bench", "--corpus", dir.toString(), "--articles", "3", "--store-sizes", "none",
                "--warmup", "1", "--work", dir.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        Matcher m = FINAL.matcher(lines[lines.length - 1]);
        assertThat(m.matches()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(3);
        assertThat(Double.parseDouble(m.group(2))).isPositive();
        assertThat(Double.parseDouble(m.group(3))).isPositive();
        assertThat(Double.parseDouble(m.group(4))).isPositive();
        assertThat(Long.parseLong(m.group(5))).isPositive();
        assertThat(run.out()).contains("| nlp | nlp |").contains("spark: not on the classpath");
        assertThat(Files.exists(dir.resolve("work/parley-store"))).isTrue();
    }

    @Test
    void aMissingCorpusIsAnErrorNamingIt() {
        CliRun run = CliRun.of("bench", "--corpus", dir.resolve("nowhere").toString(), "--store-sizes", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("corpus not found").contains("nowhere");
    }
}

package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code parley bench} end to end on four short texts written for this test, forked (each
 * pipeline in a child JVM) and in one JVM (both pipelines load their real models: minutes). Checks
 * only that the runs complete and their last line parses with positive numbers; never a time.
 */
class BenchCommandIT {

    private static final Pattern FINAL = Pattern.compile("bench: articles=(\\d+) parley_articles_per_s=([0-9.]+) "
            + "corenlp_articles_per_s=([0-9.]+) ratio=([0-9.]+) peak_heap_mb=(\\d+)");

    @TempDir
    Path dir;

    /** Four short texts written for this test, 28-38 words each. */
    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a-talks.txt"), """
                Ministers hold talks in Vienna

                VIENNA, March 4, 2024 - The foreign ministers of Austria and Chile met in Vienna on Monday
                to discuss trade and a new agreement on lithium mining. Both said the talks were useful.
                """);
        Files.writeString(corpus.resolve("b-call.txt"), """
                President calls counterpart

                The President of Ghana spoke by telephone with the Prime Minister of Norway on Tuesday,
                his office said, and invited him to visit Accra in June.
                """);
        Files.writeString(corpus.resolve("c-aid.txt"), """
                Aid pledged after floods

                Japan pledged $20 million in aid to Bangladesh on 12 July 2023 after floods displaced
                thousands of families, the foreign ministry in Tokyo said.
                """);
        Files.writeString(corpus.resolve("d-visit.txt"), """
                Premier visits Hanoi

                HANOI, May 2, 2024 - The Prime Minister of New Zealand arrived in Hanoi on Thursday for a
                two-day visit and will meet the Vietnamese president to sign an education accord.
                """);
        return corpus;
    }

    private static Matcher lastLine(CliRun run) {
        String[] lines = run.out().strip().split("\\R");
        Matcher m = FINAL.matcher(lines[lines.length - 1]);
        assertThat(m.matches()).as(run.out()).isTrue();
        return m;
    }

    @Test
    void benchRunsEachPipelineInAJvmOfItsOwnOnJoinedArticles() throws Exception {
        // 28-38 words each: joined into two articles of at least 60 words
        CliRun run = CliRun.of("bench", "--corpus", corpus().toString(), "--article-words", "60", "--store-sizes", "none",
                "--warmup", "1", "--work", dir.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = lastLine(run);
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(2);
        assertThat(Double.parseDouble(m.group(2))).isPositive();
        assertThat(Double.parseDouble(m.group(3))).isPositive();
        assertThat(Double.parseDouble(m.group(4))).isPositive();
        assertThat(Long.parseLong(m.group(5))).isPositive();
        assertThat(run.out()).contains("mode: forked (").contains("(4 in the corpus, joined in corpus order into articles of at least 60 words)")
                .contains("| nlp | nlp |").contains("cpu: parley_articles_per_cpu_s=").contains("jvm-cpu: parley_jit_s=");
        assertThat(run.err()).as("each child's progress reaches this JVM's stderr")
                .contains("Parley: a JVM of its own").contains("Parley: warming up on 1 articles")
                .contains("stock CoreNLP: a JVM of its own").contains("Stock CoreNLP: 2 articles on 2 threads");
        assertThat(Files.exists(dir.resolve("work/parley-store"))).isTrue();
        assertThat(Files.readString(dir.resolve("work/parley-run.json"))).contains("\"stageNanos\"");
        assertThat(Files.readString(dir.resolve("work/stock-run.json"))).contains("\"cpuSeconds\"");
    }

    @Test
    void sameJvmRunsBothPipelinesHereAsBefore() throws Exception {
        CliRun run = CliRun.of("bench", "--same-jvm", "--corpus", corpus().toString(), "--articles", "3", "--store-sizes", "none",
                "--warmup", "1", "--work", dir.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = lastLine(run);
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(3);
        assertThat(Double.parseDouble(m.group(4))).isPositive();
        assertThat(run.out()).contains("mode: same-jvm (").contains("| nlp | nlp |").contains("spark: not on the classpath");
        assertThat(run.err()).doesNotContain("a JVM of its own");
        assertThat(Files.exists(dir.resolve("work/parley-store"))).isTrue();
        assertThat(Files.exists(dir.resolve("work/parley-run.json"))).isFalse();
    }

    @Test
    void aMissingCorpusIsAnErrorNamingIt() {
        CliRun run = CliRun.of("bench", "--corpus", dir.resolve("nowhere").toString(), "--store-sizes", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("corpus not found").contains("nowhere");
    }
}

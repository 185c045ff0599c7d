package org.parley.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedRunTest {

    private static PipelineBench.Settings settings(Path work, Path... corpus) {
        return new PipelineBench.Settings(List.of(corpus), 200, 1100, List.of(1000, 10_000), 2, 10, work,
                PipelineBench.Mode.FORKED);
    }

    @Test
    void theChildGetsThisJvmsJavaFlagsAndClasspathThenItsPipelineAndTheSettings() {
        PipelineBench.Settings s = settings(Path.of("/tmp/work"), Path.of("/data/ecb"), Path.of("/data/meantime"));

        List<String> command = ForkedRun.command("/jdk/bin/java", List.of("-Xmx6g", "-XX:+UseG1GC", "-Dparley.home=/p"),
                "/a.jar:/b.jar", BenchChild.Pipeline.STOCK, Path.of("/tmp/work/stock-run.json"), s);

        assertThat(command).startsWith("/jdk/bin/java", "-Xmx6g", "-XX:+UseG1GC", "-Dparley.home=/p",
                "-cp", "/a.jar:/b.jar", "org.parley.eval.bench.BenchChild", "stock", "/tmp/work/stock-run.json");
        assertThat(String.join(" ", command)).contains("--articles 200", "--article-words 1100",
                "--store-sizes 1000,10000", "--threads 2", "--warmup 10", "--work /tmp/work",
                "--corpus /data/ecb --corpus /data/meantime");
    }

    @Test
    void aDebuggersAgentIsNotPassedOn() {
        List<String> command = ForkedRun.command("java", List.of("-agentlib:jdwp=transport=dt_socket,address=5005", "-Xmx1g"),
                "x.jar", BenchChild.Pipeline.PARLEY, Path.of("r.json"), settings(Path.of("w"), Path.of("c")));

        assertThat(command).contains("-Xmx1g").noneMatch(a -> a.contains("jdwp"));
    }

    @Test
    void theChildReadsBackTheSettingsItWasGiven() {
        PipelineBench.Settings s = settings(Path.of("/tmp/work"), Path.of("/data/ecb"), Path.of("/data/meantime"));
        PipelineBench.Settings none = new PipelineBench.Settings(List.of(Path.of("c")), 0, 0, List.of(), 1, 0, Path.of("w"),
                PipelineBench.Mode.FORKED);

        assertThat(BenchChild.settings(BenchChild.arguments(s))).isEqualTo(s);
        assertThat(BenchChild.settings(BenchChild.arguments(none))).isEqualTo(none);
        assertThat(BenchChild.arguments(none)).containsSequence("--store-sizes", "none");
    }

    @Test
    void aChildThatFailsIsAnErrorNamingThePipelineItsExitCodeAndItsLastLines(@TempDir Path dir) {
        // a real child JVM, on a corpus that is not there: it fails before loading any model
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ForkedRun fork = new ForkedRun(settings(dir, dir.resolve("no-such-corpus")),
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fork.run(BenchChild.Pipeline.PARLEY))
                .isInstanceOf(ForkedRun.ChildFailed.class)
                .hasMessageContaining("Parley bench JVM exited with code 1")
                .hasMessageContaining("corpus not found")
                .hasMessageContaining("no-such-corpus");
        assertThat(progress.toString(StandardCharsets.UTF_8)).as("the child's output reaches the parent's progress")
                .contains("Reading the corpus").contains("corpus not found");
    }
}

package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Checks that the JMH harness finds and runs the model-free benchmarks: one tiny iteration each, in
 * this JVM. It asserts that every benchmark produced a score, never what the score is.
 */
class JmhHarnessTest {

    @Test
    void modelFreeBenchmarksRunOneIteration() throws Exception {
        Options options = new OptionsBuilder()
                .include(CleaningBenchmark.class.getSimpleName())
                .include(DatelineBenchmark.class.getSimpleName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark())
                .containsExactlyInAnyOrder(CleaningBenchmark.class.getName() + ".cleanReports",
                        DatelineBenchmark.class.getName() + ".parseLeading",
                        DatelineBenchmark.class.getName() + ".parseStandalone");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}

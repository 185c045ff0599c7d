package org.parley.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.core.clean.BoilerplateCleaner;

/** Boilerplate cleaning of whole reports (bylines, share links, adverts, copyright lines). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CleaningBenchmark {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    /** Every benchmark report, cleaned: the time is per call, i.e. per four reports. */
    @Benchmark
    public void cleanReports(Blackhole sink) {
        for (String report : BenchTexts.REPORTS) {
            sink.consume(cleaner.clean(report));
        }
    }
}

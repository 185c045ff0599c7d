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
import org.parley.core.extract.FindingsExtractor;
import org.parley.engine.Pipeline;
import org.parley.eval.AnnotatedCorpus;

/** The events stage (actors, events, dates, commitments) on pre-annotated reports. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ExtractionBenchmark {

    private final FindingsExtractor extractor = Pipeline.findings();

    /** Every annotated report through the extractor: the time is per call, i.e. per four reports. */
    @Benchmark
    public void extractFindings(AnnotatedReports reports, Blackhole sink) {
        for (AnnotatedCorpus.Item item : reports.items) {
            sink.consume(extractor.extract(item.article(), item.text()));
        }
    }
}

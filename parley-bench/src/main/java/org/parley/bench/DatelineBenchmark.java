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
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DatelineParser;
import org.parley.core.dateline.DayMonthOrder;

/** Dateline parsing of typical first lines (agency datelines, ISO stamps, numeric dates, a plain sentence). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DatelineBenchmark {

    private final DatelineParser parser = new DatelineParser();

    /** Every benchmark line read as a line opening. */
    @Benchmark
    public void parseLeading(Blackhole sink) {
        for (String line : BenchTexts.DATELINES) {
            sink.consume(parser.parseLeading(line, DayMonthOrder.DAY_FIRST));
        }
    }

    /** Every benchmark line tested as a stand-alone dateline. */
    @Benchmark
    public void parseStandalone(Blackhole sink) {
        for (String line : BenchTexts.DATELINES) {
            sink.consume(parser.parseStandalone(line, DayMonthOrder.DAY_FIRST));
        }
    }
}

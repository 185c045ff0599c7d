package org.parley.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.eval.ecb.CorpusEvidence;
import org.parley.eval.ecb.StoryScalingBench;
import org.parley.model.Story;

/**
 * Story clustering of {@code articles} synthetic articles resampled from the annotated benchmark
 * reports ({@link StoryScalingBench#synthetic}: real stories moved in time, outlets renamed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ClusteringBenchmark {

    @Param({"1000", "10000"})
    public int articles;

    private final StoryClusterer clusterer = StoryClusterer.withDefaults();
    private List<StoryEvidence> input;

    @Setup(Level.Trial)
    public void resample(AnnotatedReports reports) {
        List<StoryEvidence> real = CorpusEvidence.of(reports.items);
        input = new StoryScalingBench(real, clusterer).synthetic(articles, 42);
    }

    @Benchmark
    public List<Story> cluster() {
        return clusterer.cluster(input);
    }
}

package org.parley.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job in Spark local mode on this machine, for benchmarks and tests: {@code local[cores]},
 * driver and executor in this JVM (so the JVM needs Spark's {@code --add-opens} flags on Java 17).
 */
public final class LocalSparkRun {

    /**
     * What a local run measured.
     *
     * @param articles distinct articles processed
     * @param seconds  wall-clock seconds of the job, NLP model loading included
     * @param corrupt  corrupt input records
     * @param result   everything the job counted
     */
    public record RunStats(long articles, double seconds, long corrupt, ParleyJob.Result result) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private LocalSparkRun() {
    }

    /** A local session with {@code cores} worker threads (reuses a running one). */
    public static SparkSession session(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("parley-local")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)))
                // without it every union in the label propagation adds partitions (a shuffle keeps its
                // largest parent's count), and a small run spends its time scheduling empty tasks
                .config("spark.default.parallelism", String.valueOf(Math.max(2, 2 * cores)))
                .getOrCreate();
    }

    /** Runs the job on {@code input} (a file or folder) into {@code output}, in its own session, and times it. */
    public static RunStats run(Path input, Path output, int cores) {
        SparkSession spark = session(cores);
        try {
            Instant start = Instant.now();
            ParleyJob.Result result = ParleyJob.run(spark, List.of(input.toAbsolutePath().toString()),
                    output.toAbsolutePath().toString(), 0, start);
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            return new RunStats(result.articles(), seconds, result.corrupt(), result);
        } finally {
            spark.stop();
        }
    }
}

package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real cluster manager: a Spark standalone master and worker on 127.0.0.1 (child JVMs
 * whose classpath is Spark's alone), the job submitted with spark-submit's main class, the module's
 * jar and, with {@code --jars}, exactly the jars the {@code spark-dist} profile ships. Its Parquet
 * tables must equal the local engine's records on the same articles: the executors load the models
 * from jars they fetched from the driver, in their own JVMs, and every closure crosses a process
 * boundary.
 *
 * <p>Input: a few demo articles, or {@code -Dparley.cluster.input=DIR} (for measuring);
 * {@code -Dparley.cluster.cores} (default 2) and {@code -Dparley.cluster.executorMemory} (default 4g)
 * size the one executor.
 */
class StandaloneClusterIT {

    @TempDir
    Path dir;

    @Test
    void jobSubmittedToAStandaloneClusterGivesTheLocalEnginesRecords() throws IOException, InterruptedException {
        Path target = Path.of("target");
        Path listFile = target.resolve("spark-dist-classpath.txt");
        Path appJar = appJar(target);
        Assumptions.assumeTrue(Files.isRegularFile(listFile) && appJar != null,
                "no packaged job (run through `mvn verify`): skipping");
        Path input = input();
        int cores = Integer.getInteger("parley.cluster.cores", 2);
        String executorMemory = System.getProperty("parley.cluster.executorMemory", "4g");

        Set<Path> shipped = paths(Files.readString(listFile));
        List<Path> sparkJars = SparkInstall.jars(paths(System.getProperty("java.class.path")).stream()
                .filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p) && !p.equals(appJar)).toList(), shipped);
        assertThat(sparkJars).anyMatch(p -> p.getFileName().toString().startsWith("spark-core_"))
                .noneMatch(p -> p.getFileName().toString().startsWith("stanford-corenlp"))
                .noneMatch(p -> p.getFileName().toString().startsWith("parley-"));

        LocalEngineOutput local = LocalEngineOutput.of(input, dir.resolve("store"));
        Path out = dir.resolve("out");
        double clusterSeconds;
        try (StandaloneCluster cluster = new StandaloneCluster(dir.resolve("cluster"), sparkJars, cores,
                executorMemory)) {
            int partitions = 2 * cores;
            List<String> submit = List.of("--class", ParleyJob.class.getName(),
                    "--jars", shipped.stream().map(Path::toString).collect(Collectors.joining(",")),
                    "--executor-memory", executorMemory, "--total-executor-cores", String.valueOf(cores),
                    "--conf", "spark.default.parallelism=" + partitions,
                    "--conf", "spark.sql.shuffle.partitions=" + partitions);
            long start = System.nanoTime();
            int exit = cluster.submit(submit, appJar, List.of("--output", out.toUri().toString(),
                    input.toUri().toString()), Duration.ofMinutes(15));
            clusterSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(exit).as("the driver's exit code; logs:%n%s", cluster.tailOfLogs(40)).isZero();
            List<Path> executors = executorStderr(cluster);
            assertThat(executors).as("one executor, in its own JVM").hasSize(1);
            // the static holder: one NLP pipeline per executor JVM, whatever the tasks and partitions
            assertThat(Files.readString(executors.get(0)).split("Loading the NLP models", -1))
                    .as("model loads in the executor's stderr").hasSize(2);
        }
        System.out.printf("standalone cluster, %d core(s): %d articles; local engine %.1f s (models loaded), "
                + "spark-submit %.1f s (executor start and model loading included)%n", cores, local.articles(),
                local.seconds(), clusterSeconds);

        SparkSession reader = LocalSparkRun.session(1);
        try {
            assertThat(local.articles()).isGreaterThanOrEqualTo(5);
            assertThat(reader.read().parquet(out.resolve("errors").toString()).count()).isZero();
            local.assertSameAsSparkRun(reader, out.toString(), dir.resolve("imported"));
        } finally {
            reader.stop();
        }
    }

    /** A few demo articles (one outlet: English and Vietnamese, text and HTML), or the property's folder. */
    private Path input() throws IOException {
        String given = System.getProperty("parley.cluster.input");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        Path demo = Path.of(System.getProperty("user.dir")).resolveSibling("demo").resolve("corpus").resolve("mekong-ledger");
        Assumptions.assumeTrue(Files.isDirectory(demo), demo + " absent: skipping");
        Path input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(demo)) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    private static List<Path> executorStderr(StandaloneCluster cluster) throws IOException {
        try (Stream<Path> files = Files.walk(cluster.logs().resolve("work"))) {
            return files.filter(p -> p.endsWith("stderr")).toList();
        }
    }

    private static Path appJar(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("parley-spark-[^-]+(-SNAPSHOT)?\\.jar"))
                    .map(Path::toAbsolutePath).findFirst().orElse(null);
        }
    }

    private static Set<Path> paths(String classpath) {
        return Arrays.stream(classpath.trim().split(File.pathSeparator)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}

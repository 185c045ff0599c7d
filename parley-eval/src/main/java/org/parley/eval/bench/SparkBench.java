package org.parley.eval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.RawArticle;

/**
 * The bench's optional third run: the Spark job ({@value PipelineBench#SPARK_CLASS}, module
 * parley-spark, never a compile-time dependency) on the same articles, in this JVM when Spark is on
 * the classpath, else in a child JVM with the classpath the parley-spark build writes.
 */
final class SparkBench {

    private final int threads;
    private final Path workDir;
    private final PrintStream progress;

    SparkBench(int threads, Path workDir, PrintStream progress) {
        this.threads = threads;
        this.workDir = workDir;
        this.progress = progress;
    }

    Optional<BenchReport.Run> run(List<RawArticle> articles) {
        boolean jobHere = onClasspath(PipelineBench.SPARK_CLASS);
        Optional<Path> childClasspath = sparkClasspath();
        if (!jobHere || (!onClasspath("org.apache.spark.sql.SparkSession") && childClasspath.isEmpty())) {
            progress.println("spark: not on the classpath (see README)");
            return Optional.empty();
        }
        try {
            Path input = workDir.resolve("spark-input.jsonl");
            Path output = workDir.resolve("spark-output");
            SparkInput.write(articles, input);
            progress.println("Spark local[" + threads + "]: " + articles.size() + " articles ...");
            if (!onClasspath("org.apache.spark.sql.SparkSession")) {
                return Optional.of(inChildJvm(articles.size(), input, output, childClasspath.get()));
            }
            Method run = Class.forName(PipelineBench.SPARK_CLASS).getMethod("run", Path.class, Path.class, int.class);
            try (HeapWatch heap = new HeapWatch()) {
                long cpuStart = Jvm.processCpuNanos();
                long start = System.nanoTime();
                run.invoke(null, input, output, threads);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (Jvm.processCpuNanos() - cpuStart) / 1e9;
                return Optional.of(new BenchReport.Run(articles.size(), 0, seconds, cpu, 0, 0, heap.peakUsedMb(), heap.peakLiveMb()));
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            progress.println("spark: the run failed: " + cause);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.println("spark: interrupted");
            return Optional.empty();
        }
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, SparkBench.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The classpath file the parley-spark build writes (its code plus Spark, which is {@code provided}
     * and so not on the command line's classpath), found from {@code parley.home} (set by bin/parley).
     */
    private static Optional<Path> sparkClasspath() {
        String home = System.getProperty("parley.home");
        if (home == null) {
            return Optional.empty();
        }
        Path file = Path.of(home, "parley-spark", "target", "spark-classpath.txt");
        Path classes = Path.of(home, "parley-spark", "target", "classes");
        return Files.isRegularFile(file) && Files.isDirectory(classes) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Runs the job in a child JVM with Spark's classpath and Java 17 flags; its wall time includes its
     * own model loading (a cluster pays that once per executor), its CPU time is not measured.
     */
    private BenchReport.Run inChildJvm(int articles, Path input, Path output, Path classpathFile)
            throws IOException, InterruptedException {
        Path sparkHome = classpathFile.getParent();
        String classpath = sparkHome.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(1024, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m");
        try (var flags = SparkBench.class.getResourceAsStream("/org/parley/spark/jvm-options.txt")) {
            if (flags != null) {
                command.addAll(List.of(new String(flags.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")));
            }
        }
        command.addAll(List.of("-cp", classpath, PipelineBench.SPARK_CLASS, input.toString(), output.toString(),
                String.valueOf(threads)));
        // Spark's own logging would bury the report: it goes to a file beside the job's output
        Path log = workDir.resolve("spark-child.log");
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String last = null;
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("spark-run:")) {
                    last = line;
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || last == null) {
            throw new IOException("the Spark child JVM exited with " + exit + (last == null ? " and printed no result" : "")
                    + "; its log: " + log);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : last.substring("spark-run:".length()).trim().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        long peak = Long.parseLong(values.get("peak_heap_mb"));
        return new BenchReport.Run(articles, 0, Double.parseDouble(values.get("seconds")), 0, 0, 0, peak, 0);
    }
}

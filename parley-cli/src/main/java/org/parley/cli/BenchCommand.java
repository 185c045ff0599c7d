package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.eval.Bench;
import org.parley.eval.bench.BenchCorpus;
import org.parley.eval.bench.BenchReport;
import org.parley.eval.bench.ForkedRun;
import org.parley.eval.bench.PipelineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: where the time goes. Runs a real corpus through the whole local engine
 * (timing every stage), then through stock Stanford CoreNLP as the reference, and prints tables
 * (Markdown) followed by one last line for scripts:
 * {@code bench: articles=N parley_articles_per_s=X corenlp_articles_per_s=Y ratio=X/Y peak_heap_mb=Z}.
 * Each pipeline runs in a child JVM of its own unless {@code --same-jvm} is given; the second line of
 * the report says which ({@code mode: forked} or {@code mode: same-jvm}).
 *
 * <p>Exit codes: 0 measured; 2 usage error; 3 nothing measured (corpus absent or unreadable, or a pipeline's child JVM failed).
 * {@code parley bench serve} (the read API under load) is {@link ServeBenchCommand}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ServeBenchCommand.class, DuplicatesBenchCommand.class},
        description = {"Measures throughput: per-stage cost per article, end-to-end articles/s against stock",
                "Stanford CoreNLP (same articles, same threads), heap, store size, and how clustering and",
                "consolidation grow with the number of articles. Each pipeline runs in a JVM of its own",
                "(--same-jvm: both in this one). Takes minutes (model loading alone ~1-2 min)."},
        footer = {"", "The last line is 'bench: articles=N parley_articles_per_s=X corenlp_articles_per_s=Y ratio=X/Y peak_heap_mb=Z'.",
                "Exit codes: 0 measured; 2 usage error; 3 corpus absent or a pipeline's JVM failed (nothing measured)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Files or folders of articles (repeatable; default: <bench>/ecbplus-dev/docs and <bench>/meantime-en/intra-doc_annotation).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--bench", paramLabel = "DIR",
            description = "The gold data folder holding the default corpus (default: <parley.shared>/bench, else ../shared/bench).")
    Path bench;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
            description = "Articles to run: fewer than the corpus = an evenly spaced sample, more = the corpus cycled (default: the corpus as it is).")
    int articles;

    @Option(names = "--store-sizes", paramLabel = "N,N,...", defaultValue = "1000,10000,100000",
            description = "Sizes for the clustering/consolidation growth runs, or 'none' (default: ${DEFAULT-VALUE}).")
    String storeSizes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Worker threads for both pipelines (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Articles annotated once, untimed, before each timed run (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--article-words", paramLabel = "N", defaultValue = "0",
            description = {"Join consecutive articles of the corpus (in corpus order, each once) into articles of at least N words,",
                    "e.g. 1100 for seed-length articles (default: 0, the articles as they are)."})
    int articleWords;

    @Option(names = "--same-jvm",
            description = {"Run both pipelines in this JVM, Parley first (the bench before session 15), instead of each",
                    "in a JVM of its own with this JVM's flags and classpath (the default)."})
    boolean sameJvm;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the bench store goes, kept after the run (default: a temporary folder, deleted after).")
    Path work;

    @Override
    public Integer call() throws IOException {
        List<Integer> sizes;
        try {
            sizes = parseSizes(storeSizes);
        } catch (IllegalArgumentException e) {
            System.err.println("parley bench: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Path> roots = corpus.isEmpty() ? BenchCorpus.defaultRoots(Bench.locate(Optional.ofNullable(bench))) : corpus;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                System.err.println("parley bench: corpus not found: " + root.toAbsolutePath().normalize()
                        + " (give it with --corpus DIR); nothing measured");
                return ExitCode.ERROR;
            }
        }
        boolean temporary = work == null;
        Path workDir = temporary ? Files.createTempDirectory("parley-bench") : work;
        try {
            PipelineBench.Settings settings;
            try {
                settings = new PipelineBench.Settings(roots, articles, articleWords, sizes, threads, warmup, workDir,
                        sameJvm ? PipelineBench.Mode.SAME_JVM : PipelineBench.Mode.FORKED);
            } catch (IllegalArgumentException e) {
                System.err.println("parley bench: " + e.getMessage());
                return ExitCode.USAGE;
            }
            BenchReport report;
            try {
                report = new PipelineBench(settings, System.err).run();
            } catch (IllegalArgumentException | ForkedRun.ChildFailed e) {
                System.err.println("parley bench: " + e.getMessage());
                return ExitCode.ERROR;
            }
            print(report);
            return ExitCode.OK;
        } finally {
            if (temporary) {
                deleteTree(workDir);
            }
        }
    }

    static List<Integer> parseSizes(String given) {
        if (given == null || given.isBlank() || given.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : given.split(",")) {
            try {
                int n = Integer.parseInt(part.strip().replace("_", ""));
                if (n < 1) {
                    throw new NumberFormatException();
                }
                out.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--store-sizes: '" + part.strip() + "' is not a positive number (e.g. 1000,10000,100000 or none)");
            }
        }
        return List.copyOf(out);
    }

    private static void print(BenchReport r) {
        System.out.println(r.header());
        System.out.println(r.modeLine());
        System.out.println();
        System.out.println("Per stage (Parley; time summed over threads, so shares are of CPU-side work):");
        System.out.println(r.stageTable());
        System.out.println(r.nlpTable());
        System.out.println("End to end:");
        System.out.println(r.runTable());
        System.out.printf(Locale.ROOT, "Store: %.1f MB for %d articles = %.1f MB per 1k articles%n",
                r.storeBytes() / (1024.0 * 1024.0), r.storedArticles(), r.storeMbPer1k());
        if (!r.failures().isEmpty()) {
            System.out.println(r.failures().size() + " articles failed in Parley's run:");
            r.failures().stream().limit(10).forEach(f -> System.out.println("  " + f));
        }
        if (!r.growth().isEmpty()) {
            System.out.println();
            System.out.println("Growth (resampled from this run's findings):");
            System.out.println(r.growthTable());
        }
        if (r.spark().isEmpty()) {
            System.out.println("spark: not on the classpath (see README)");
        }
        System.out.println(r.jvmCpuLine());
        System.out.println(r.cpuLine());
        System.out.println(r.finalLine());
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("parley bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}

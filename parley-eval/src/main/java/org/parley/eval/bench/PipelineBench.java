package org.parley.eval.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.extract.FindingsExtractor;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.Annotator;
import org.parley.core.ports.ArticleSource;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.engine.Pipeline;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.ecb.CorpusEvidence;
import org.parley.eval.ecb.StoryScalingBench;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.nlp.StockCoreNlp;
import org.parley.store.ArticleStores;

/**
 * One benchmark run of the local engine against stock CoreNLP, in one process:
 * <ol>
 *   <li>reads the corpus into memory ({@link BenchCorpus}) and resamples it to the size asked
 *       ({@link Resampler});</li>
 *   <li>Parley: the engine's own {@link Ingester} with the stages of {@link Pipeline} (clean, date,
 *       language, CoreNLP as {@link NlpConfig#defaults()}, events extraction) into a fresh SQLite
 *       store, then stories and consolidated events ({@link EventCatalog}); every stage and every
 *       store call is timed;</li>
 *   <li>stock CoreNLP ({@link StockCoreNlp}) on the same articles' raw text, on the same number of
 *       threads;</li>
 *   <li>optionally, the Spark job on the same articles, when {@value #SPARK_CLASS} is on the classpath;</li>
 *   <li>optionally, clustering and consolidation of 1k ... 100k articles resampled from the
 *       findings of step 2 ({@link StoryScalingBench}, {@link ConsolidationScalingBench}).</li>
 * </ol>
 * Both pipelines are warmed up before their timed run, each through the code its timed run runs, on
 * the bench's threads: Parley ingests the first articles into a throwaway store and makes their stories
 * and consolidated events; stock CoreNLP annotates them. Load time is reported apart.
 *
 * <p>How the local engine uses the threads: the ingester annotates on {@code threads} workers that
 * share one thread-safe annotator (one set of models); cleaning, dating, storing and extraction run
 * on the calling thread. The reference gets the same: one pipeline shared by {@code threads} workers.
 *
 * <p>Not thread-safe; run one bench per JVM (the heap figures are the JVM's).
 */
public final class PipelineBench {

    public static final String READ = "read";
    public static final String CLEAN = "clean";
    public static final String DATE = "date";
    public static final String LANGUAGE = "language";
    public static final String NLP = "nlp";
    public static final String EXTRACT = "extract";
    public static final String STORE_WRITE = "store-write";
    public static final String STORE_READ = "store-read";
    public static final String STORIES = "stories";
    public static final String CONSOLIDATE = "consolidate";
    /** The stages of the report, in pipeline order. */
    public static final List<String> STAGES = List.of(READ, CLEAN, DATE, LANGUAGE, NLP, EXTRACT, STORE_WRITE,
            STORE_READ, STORIES, CONSOLIDATE);
    /** The Spark job the bench runs when present (module parley-spark; never a compile-time dependency). */
    public static final String SPARK_CLASS = "org.parley.spark.LocalSparkRun";

    /**
     * What to run.
     *
     * @param corpus     files or folders of articles
     * @param articles   how many articles to run (resampled); 0 = the corpus as it is
     * @param storeSizes sizes for the clustering/consolidation growth runs; empty to skip them
     * @param threads    worker threads of both pipelines
     * @param warmup     articles annotated once, untimed, before each timed run
     * @param workDir    where the store (and Spark's input and output) go
     */
    public record Settings(List<Path> corpus, int articles, List<Integer> storeSizes, int threads, int warmup,
                           Path workDir) {
        public Settings {
            corpus = List.copyOf(corpus);
            storeSizes = List.copyOf(storeSizes);
            if (corpus.isEmpty()) {
                throw new IllegalArgumentException("no corpus given");
            }
            if (articles < 0 || threads < 1 || warmup < 0) {
                throw new IllegalArgumentException("articles and warm-up must be >= 0, threads >= 1: "
                        + articles + ", " + warmup + ", " + threads);
            }
            if (storeSizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("store sizes must be positive: " + storeSizes);
            }
            Objects.requireNonNull(workDir, "workDir");
        }
    }

    private final Settings settings;
    private final PrintStream progress;

    /** A bench that reports its progress (one line per phase) to {@code progress}. */
    public PipelineBench(Settings settings, PrintStream progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Which report group a stage belongs to (the five: ingest, NLP, extraction, clustering, store). */
    public static String groupOf(String stage) {
        return switch (stage) {
            case READ, CLEAN, DATE, LANGUAGE -> "ingest";
            case NLP -> "nlp";
            case EXTRACT -> "extraction";
            case STORE_WRITE, STORE_READ -> "store";
            case STORIES, CONSOLIDATE -> "clustering";
            default -> "other";
        };
    }

    /** Runs everything and returns the figures. */
    public BenchReport run() {
        try (HeapWatch whole = new HeapWatch()) {
            progress.println("Reading the corpus " + settings.corpus() + " ...");
            // read twice, the second time timed: the readers' first use (class loading, interpreted code) is paid
            // once per process, and scaled to a cycled corpus it was up to 40% of Parley's CPU on the 5 seeds
            BenchCorpus.read(settings.corpus());
            BenchCorpus corpus = BenchCorpus.read(settings.corpus());
            corpus.problems().forEach(p -> progress.println("problem: " + p));
            if (corpus.articles().isEmpty()) {
                throw new IllegalArgumentException("no readable article in " + settings.corpus());
            }
            int n = settings.articles() == 0 ? corpus.articles().size() : settings.articles();
            List<RawArticle> articles = Resampler.resample(corpus.articles(), n);
            List<RawArticle> warmup = articles.subList(0, Math.min(settings.warmup(), n));
            StageTimes times = new StageTimes();
            // reading happens before the timed run (all in memory); its cost per article joins the stage table
            times.add(READ, corpus.nanos() * n / corpus.articles().size());

            ParleyRun parley = parley(articles, warmup, times);
            BenchReport.Run reference = stock(articles, warmup);
            Optional<BenchReport.Run> spark = spark(articles);
            List<BenchReport.Growth> growth = growth(parley.findings, parley.evidence);
            return new BenchReport(n, corpus.articles().size(), settings.threads(), times.snapshot(STAGES),
                    parley.nlpSteps, parley.run, reference, parley.storeBytes, parley.stored, parley.failures,
                    growth, spark, whole.peakUsedMb());
        }
    }

    private record ParleyRun(BenchReport.Run run, Map<String, Long> nlpSteps, long storeBytes, long stored,
                             List<String> failures, List<ArticleFindings> findings, List<StoryEvidence> evidence) {
    }

    private ParleyRun parley(List<RawArticle> articles, List<RawArticle> warmup, StageTimes times) {
        progress.println("Parley: loading the models (" + NlpConfig.defaults().label() + ") ...");
        long loadStart = System.nanoTime();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
        FindingsExtractor extractor = Pipeline.findings();
        Ingester.Stages engine = Pipeline.stages(false);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        progress.println("Parley: warming up on " + warmup.size() + " articles (the whole pipeline, "
                + settings.threads() + " threads, a throwaway store) ...");
        try (ArticleStore scratch = ArticleStores.open(settings.workDir().resolve("parley-warmup").toString())) {
            // the same code paths as the timed run (store, JSON, stories), so their first use is not timed
            new Ingester(scratch, new Ingester.Stages(engine.cleaner(), engine.dater(), engine.languages(),
                    Optional.of(nlp), engine.analysed(), Optional.of(extractor)), settings.threads(), IngestListener.SILENT)
                    .ingest(source(warmup));
            EventCatalog catalog = new EventCatalog(scratch);
            catalog.stories();
            catalog.consolidated();
        }
        nlp.resetStageTimes();
        long modelsMb = liveHeapMb();

        Path storeDir = settings.workDir().resolve("parley-store");
        progress.println("Parley: " + articles.size() + " articles on " + settings.threads() + " threads into " + storeDir + " ...");
        AtomicLong tokens = new AtomicLong();
        Ingester.Stages timed = new Ingester.Stages(
                text -> times.time(CLEAN, () -> engine.cleaner().apply(text)),
                raw -> times.time(DATE, () -> engine.dater().apply(raw)),
                text -> times.time(LANGUAGE, () -> engine.languages().detect(text)),
                Optional.of(new TimedAnnotator(nlp, times, tokens)), engine.analysed(),
                Optional.of(new TimedExtractor(extractor, times)));
        List<String> failures = new ArrayList<>();
        List<ArticleFindings> findings = new ArrayList<>();
        List<StoryEvidence> evidence;
        long seconds;
        long cpu;
        long peakUsed;
        long peakLive;
        JvmThreadsCpu jvm;
        try (ArticleStore store = ArticleStores.open(storeDir.toString());
             HeapWatch heap = new HeapWatch()) {
            ArticleStore timedStore = new TimedStore(store, times);
            long cpuStart = processCpuNanos();
            JvmThreadsCpu jvmStart = JvmThreadsCpu.now();
            long start = System.nanoTime();
            IngestSummary summary = new Ingester(timedStore, timed, settings.threads(), IngestListener.SILENT)
                    .ingest(source(articles));
            EventCatalog catalog = new EventCatalog(store);
            times.run(STORIES, catalog::stories);
            times.run(CONSOLIDATE, catalog::consolidated);
            seconds = System.nanoTime() - start;
            cpu = processCpuNanos() - cpuStart;
            jvm = JvmThreadsCpu.now().since(jvmStart);
            peakUsed = heap.peakUsedMb();
            peakLive = heap.peakLiveMb();
            failures.addAll(summary.failed());
            // what the growth runs resample: this run's findings and story evidence
            List<AnnotatedCorpus.Item> items = new ArrayList<>();
            for (int offset = 0; ; offset += 500) {
                List<Article> page = store.articles(offset, 500);
                for (Article a : page) {
                    store.annotation(a.id()).ifPresent(t -> items.add(new AnnotatedCorpus.Item(a, t)));
                    store.findings(a.id()).ifPresent(findings::add);
                }
                if (page.size() < 500) {
                    break;
                }
            }
            evidence = settings.storeSizes().isEmpty() ? List.of() : CorpusEvidence.of(items);
        }
        Map<String, Long> nlpSteps = new LinkedHashMap<>();
        nlp.stageTimes().forEach((step, d) -> nlpSteps.put(step, d.toNanos()));
        long stored = findings.size();
        return new ParleyRun(new BenchReport.Run(articles.size(), loadSeconds, seconds / 1e9 + times.nanos(READ) / 1e9,
                cpu / 1e9 + times.nanos(READ) / 1e9, tokens.get(), modelsMb, peakUsed, peakLive, jvm), nlpSteps, sizeOf(storeDir),
                countArticles(storeDir, stored), failures, findings, evidence);
    }

    private static long countArticles(Path storeDir, long fallback) {
        try (ArticleStore store = ArticleStores.open(storeDir.toString())) {
            return store.count();
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private BenchReport.Run stock(List<RawArticle> articles, List<RawArticle> warmup) {
        progress.println("Stock CoreNLP (" + StockCoreNlp.ANNOTATORS + ", shipped defaults): loading the models ...");
        System.gc();
        long loadStart = System.nanoTime();
        try (StockCoreNlp stock = new StockCoreNlp()) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            return stock(stock, loadSeconds, articles, warmup);
        }
    }

    private BenchReport.Run stock(StockCoreNlp stock, double loadSeconds, List<RawArticle> articles, List<RawArticle> warmup) {
        progress.println("Stock CoreNLP: warming up on " + warmup.size() + " articles (" + settings.threads() + " threads) ...");
        annotateAll(stock, warmup, new AtomicLong());
        long modelsMb = liveHeapMb();
        progress.println("Stock CoreNLP: " + articles.size() + " articles on " + settings.threads() + " threads ...");
        AtomicLong tokens = new AtomicLong();
        try (HeapWatch heap = new HeapWatch()) {
            long cpuStart = processCpuNanos();
            JvmThreadsCpu jvmStart = JvmThreadsCpu.now();
            long start = System.nanoTime();
            annotateAll(stock, articles, tokens);
            long nanos = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            return new BenchReport.Run(articles.size(), loadSeconds, nanos / 1e9, cpu / 1e9, tokens.get(), modelsMb,
                    heap.peakUsedMb(), heap.peakLiveMb(), JvmThreadsCpu.now().since(jvmStart));
        }
    }

    // The reference's work: every article's raw text annotated on a pool of the bench's threads.
    private void annotateAll(StockCoreNlp stock, List<RawArticle> articles, AtomicLong tokens) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (RawArticle a : articles) {
                futures.add(pool.submit(() -> tokens.addAndGet(stock.annotate(a.text()))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the CoreNLP reference run", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("stock CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<BenchReport.Run> spark(List<RawArticle> articles) {
        boolean jobHere = onClasspath(SPARK_CLASS);
        Optional<Path> childClasspath = sparkClasspath();
        if (!jobHere || (!onClasspath("org.apache.spark.sql.SparkSession") && childClasspath.isEmpty())) {
            progress.println("spark: not on the classpath (see README)");
            return Optional.empty();
        }
        try {
            Path input = settings.workDir().resolve("spark-input.jsonl");
            Path output = settings.workDir().resolve("spark-output");
            SparkInput.write(articles, input);
            progress.println("Spark local[" + settings.threads() + "]: " + articles.size() + " articles ...");
            if (!onClasspath("org.apache.spark.sql.SparkSession")) {
                return Optional.of(sparkInChildJvm(articles.size(), input, output, childClasspath.get()));
            }
            Method run = Class.forName(SPARK_CLASS).getMethod("run", Path.class, Path.class, int.class);
            try (HeapWatch heap = new HeapWatch()) {
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                run.invoke(null, input, output, settings.threads());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                return Optional.of(new BenchReport.Run(articles.size(), 0, seconds, cpu, 0, 0, heap.peakUsedMb(), heap.peakLiveMb()));
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
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
            Class.forName(className, false, PipelineBench.class.getClassLoader());
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
    private BenchReport.Run sparkInChildJvm(int articles, Path input, Path output, Path classpathFile)
            throws IOException, InterruptedException {
        Path sparkHome = classpathFile.getParent();
        String classpath = sparkHome.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(1024, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m");
        try (var flags = PipelineBench.class.getResourceAsStream("/org/parley/spark/jvm-options.txt")) {
            if (flags != null) {
                command.addAll(List.of(new String(flags.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim().split("\\s+")));
            }
        }
        command.addAll(List.of("-cp", classpath, SPARK_CLASS, input.toString(), output.toString(),
                String.valueOf(settings.threads())));
        // Spark's own logging would bury the report: it goes to a file beside the job's output
        Path log = settings.workDir().resolve("spark-child.log");
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String last = null;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
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
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : last.substring("spark-run:".length()).trim().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        long peak = Long.parseLong(values.get("peak_heap_mb"));
        return new BenchReport.Run(articles, 0, Double.parseDouble(values.get("seconds")), 0, 0, 0, peak, 0);
    }

    private List<BenchReport.Growth> growth(List<ArticleFindings> findings, List<StoryEvidence> evidence) {
        if (settings.storeSizes().isEmpty()) {
            return List.of();
        }
        StoryScalingBench stories = new StoryScalingBench(evidence, StoryClusterer.withDefaults());
        ConsolidationScalingBench events = new ConsolidationScalingBench(findings);
        List<BenchReport.Growth> out = new ArrayList<>();
        for (int size : settings.storeSizes()) {
            progress.println("Growth: clustering and consolidating " + size + " resampled articles ...");
            StoryScalingBench.Row s = stories.run(size);
            ConsolidationScalingBench.Row e = events.run(size);
            out.add(new BenchReport.Growth(size, s.stories(), s.millis(), s.peakHeapMb(), e.events(), e.millis(), e.peakHeapMb()));
        }
        return out;
    }

    private static ArticleSource source(List<RawArticle> articles) {
        return sink -> articles.forEach(a -> sink.accept(Outcome.accepted(a)));
    }

    /** CPU time of the whole JVM so far, or 0 where the platform does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store " + dir, e);
        }
    }

    /** The annotator, timing each call as {@link #NLP} and counting tokens. */
    private record TimedAnnotator(Annotator annotator, StageTimes times, AtomicLong tokens) implements Annotator {
        @Override
        public String name() {
            return annotator.name();
        }

        // the ingest asks it of stored annotations before re-extracting them: part of the events stage's work
        @Override
        public boolean wouldAddTo(AnnotatedText stored) {
            return times.time(EXTRACT, () -> annotator.wouldAddTo(stored));
        }

        @Override
        public AnnotatedText annotate(String cleanText, PublicationDate published) {
            AnnotatedText text = times.time(NLP, () -> annotator.annotate(cleanText, published));
            tokens.addAndGet(text.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
            return text;
        }
    }

    /** The events stage, timing each call as {@link #EXTRACT}. */
    private record TimedExtractor(FindingsExtractor extractor, StageTimes times) implements FindingsExtractor {
        @Override
        public String name() {
            return extractor.name();
        }

        @Override
        public ArticleFindings extract(Article article, AnnotatedText text) {
            return times.time(EXTRACT, () -> extractor.extract(article, text));
        }
    }
}

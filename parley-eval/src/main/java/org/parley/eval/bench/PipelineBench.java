package org.parley.eval.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.EventCatalog;
import org.parley.engine.Pipeline;
import org.parley.eval.ecb.StoryScalingBench;
import org.parley.nlp.NlpConfig;
import org.parley.nlp.StockCoreNlp;

/**
 * One benchmark run of the local engine against stock CoreNLP:
 * <ol>
 *   <li>reads the corpus into memory ({@link BenchCorpus}), joins it into long articles when asked
 *       ({@link ArticleJoiner}) and resamples it to the size asked ({@link Resampler});</li>
 *   <li>Parley ({@link ParleyBench}): the engine's own ingest with the stages of {@link Pipeline}
 *       (clean, date, language, CoreNLP as {@link NlpConfig#defaults()}, events extraction) into a
 *       fresh SQLite store, then stories and consolidated events ({@link EventCatalog}); every stage
 *       and every store call is timed;</li>
 *   <li>stock CoreNLP ({@link StockBench}, {@link StockCoreNlp}) on the same articles' raw text, on the
 *       same number of threads;</li>
 *   <li>optionally, the Spark job on the same articles ({@link SparkBench});</li>
 *   <li>optionally, clustering and consolidation of 1k ... 100k articles resampled from the
 *       findings of step 2 ({@link StoryScalingBench}, {@link ConsolidationScalingBench}).</li>
 * </ol>
 * Both pipelines are warmed up before their timed run, each through the code its timed run runs, on
 * the bench's threads. Load time is reported apart.
 *
 * <p>By default ({@link Mode#FORKED}) each pipeline's warm-up and timed run happen in a JVM of its own
 * ({@link ForkedRun}), so neither inherits the other's compiled code; {@link Mode#SAME_JVM} runs both
 * in this JVM, Parley first, as the bench did until session 15.
 *
 * <p>How the local engine uses the threads: the ingester annotates on {@code threads} workers that
 * share one thread-safe annotator (one set of models); cleaning, dating and storing run on the
 * calling thread. The reference gets the same: one pipeline shared by {@code threads} workers.
 *
 * <p>Not thread-safe; run one bench per JVM (the heap figures are per JVM).
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

    /** Where the pipelines run. */
    public enum Mode {
        /** Each pipeline's warm-up and timed run in a fresh child JVM (the default). */
        FORKED("forked", "each pipeline warmed up and timed in a JVM of its own"),
        /** Parley, then stock CoreNLP, in this JVM: the second run finds the code both use already compiled. */
        SAME_JVM("same-jvm", "Parley, then stock CoreNLP, in one JVM (stock finds the CoreNLP code Parley's run compiled)");

        private final String key;
        private final String description;

        Mode(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** The mode as scripts read it. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    /**
     * What to run.
     *
     * @param corpus       files or folders of articles
     * @param articles     how many articles to run (resampled); 0 = the corpus (joined when asked) as it is
     * @param articleWords 0, or join consecutive articles into articles of at least this many words ({@link ArticleJoiner})
     * @param storeSizes   sizes for the clustering/consolidation growth runs; empty to skip them
     * @param threads      worker threads of both pipelines
     * @param warmup       articles annotated once, untimed, before each timed run
     * @param workDir      where the store (and Spark's input and output, and the child JVMs' results) go
     * @param mode         where the pipelines run
     */
    public record Settings(List<Path> corpus, int articles, int articleWords, List<Integer> storeSizes, int threads,
                           int warmup, Path workDir, Mode mode) {
        public Settings {
            corpus = List.copyOf(corpus);
            storeSizes = List.copyOf(storeSizes);
            if (corpus.isEmpty()) {
                throw new IllegalArgumentException("no corpus given");
            }
            if (articles < 0 || threads < 1 || warmup < 0 || articleWords < 0) {
                throw new IllegalArgumentException("articles, article words and warm-up must be >= 0, threads >= 1: "
                        + articles + ", " + articleWords + ", " + warmup + ", " + threads);
            }
            if (storeSizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("store sizes must be positive: " + storeSizes);
            }
            Objects.requireNonNull(workDir, "workDir");
            Objects.requireNonNull(mode, "mode");
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

    /**
     * Runs everything and returns the figures.
     *
     * @throws IllegalArgumentException when the corpus has no readable article
     * @throws ForkedRun.ChildFailed    when a pipeline's child JVM fails (forked mode)
     */
    public BenchReport run() {
        try (HeapWatch whole = new HeapWatch()) {
            progress.println("Reading the corpus " + settings.corpus() + " ...");
            BenchArticles prepared = BenchArticles.of(settings, progress);
            PipelineRun parley;
            PipelineRun stock;
            Optional<BenchReport.Run> spark;
            if (settings.mode() == Mode.SAME_JVM) {
                ParleyBench parleyBench = new ParleyBench(settings, progress);
                ParleyBench.Done done = parleyBench.run(prepared);
                BenchReport.Run reference = new StockBench(settings.threads(), progress)
                        .run(prepared.articles(), prepared.warmup(settings.warmup()));
                spark = spark(prepared);
                parley = done.run().withGrowth(parleyBench.growth(done), 0);
                stock = PipelineRun.annotationOnly(reference, 0);
            } else {
                ForkedRun fork = new ForkedRun(settings, progress);
                parley = fork.run(BenchChild.Pipeline.PARLEY);
                stock = fork.run(BenchChild.Pipeline.STOCK);
                spark = spark(prepared);
            }
            // each JVM's own peak; the bench's is the highest
            long peak = Math.max(whole.peakUsedMb(), Math.max(parley.peakHeapMb(), stock.peakHeapMb()));
            return new BenchReport(prepared.articles().size(), prepared.corpusArticles(), settings.threads(),
                    parley.stageNanos(), parley.nlpNanos(), parley.run(), stock.run(), parley.storeBytes(),
                    parley.storedArticles(), parley.failures(), parley.growth(), spark, peak, settings.mode(),
                    settings.articleWords(), prepared.words());
        }
    }

    private Optional<BenchReport.Run> spark(BenchArticles prepared) {
        return new SparkBench(settings.threads(), settings.workDir(), progress).run(prepared.articles());
    }
}

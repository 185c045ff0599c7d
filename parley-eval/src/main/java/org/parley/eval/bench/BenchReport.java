package org.parley.eval.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link PipelineBench} run measured, and how it is printed.
 *
 * @param articles        articles run through both pipelines (after resampling)
 * @param corpusArticles  articles the corpus held before resampling
 * @param threads         worker threads of both pipelines
 * @param stageNanos      Parley's time per stage, summed over threads, in pipeline order ({@link PipelineBench#STAGES})
 * @param nlpNanos        the NLP stage split into CoreNLP's steps (tokenize ... convert)
 * @param parley          Parley's end-to-end run
 * @param corenlp         the stock CoreNLP reference run
 * @param storeBytes      size of the SQLite store after the run (database and journal files)
 * @param storedArticles  articles in the store after the run
 * @param failures        articles that failed in Parley's run, one message each
 * @param growth          clustering and consolidation cost at each store size asked for
 * @param spark           the Spark local run, when the Spark module was on the classpath
 * @param peakHeapMb      peak heap in use over the whole bench run (the highest of its JVMs' when forked)
 * @param mode            where the pipelines ran
 * @param articleWords    0, or the words per article the corpus's articles were joined to
 * @param words           words in the articles run
 */
public record BenchReport(int articles, int corpusArticles, int threads, Map<String, Long> stageNanos,
                          Map<String, Long> nlpNanos, Run parley, Run corenlp, long storeBytes, long storedArticles,
                          List<String> failures, List<Growth> growth, Optional<Run> spark, long peakHeapMb,
                          PipelineBench.Mode mode, int articleWords, long words) {

    /** A report of a run in one JVM, on the corpus's articles as they are, words not counted. */
    public BenchReport(int articles, int corpusArticles, int threads, Map<String, Long> stageNanos,
                       Map<String, Long> nlpNanos, Run parley, Run corenlp, long storeBytes, long storedArticles,
                       List<String> failures, List<Growth> growth, Optional<Run> spark, long peakHeapMb) {
        this(articles, corpusArticles, threads, stageNanos, nlpNanos, parley, corenlp, storeBytes, storedArticles,
                failures, growth, spark, peakHeapMb, PipelineBench.Mode.SAME_JVM, 0, 0);
    }

    /**
     * One pipeline's timed run.
     *
     * @param loadSeconds  building the pipeline (models), not in {@code seconds}
     * @param seconds      wall time for all articles, warm
     * @param cpuSeconds   CPU time the whole JVM used meanwhile (all threads, GC and JIT included); on a
     *                     shared machine a steadier measure than wall time
     * @param tokens       tokens annotated (0 when unknown)
     * @param heapModelsMb heap in use after loading and a full collection: what the workers share
     * @param peakUsedMb   peak heap in use during the run
     * @param peakLiveMb   peak heap still in use after a collection during the run
     */
    public record Run(int articles, double loadSeconds, double seconds, double cpuSeconds, long tokens,
                      long heapModelsMb, long peakUsedMb, long peakLiveMb, JvmThreadsCpu jvm) {
        /** A run whose JIT and collector CPU was not measured apart. */
        public Run(int articles, double loadSeconds, double seconds, double cpuSeconds, long tokens,
                   long heapModelsMb, long peakUsedMb, long peakLiveMb) {
            this(articles, loadSeconds, seconds, cpuSeconds, tokens, heapModelsMb, peakUsedMb, peakLiveMb,
                    new JvmThreadsCpu(0, 0));
        }

        /** CPU seconds of the JIT compilers during the run. */
        public double jitSeconds() {
            return jvm.jitNanos() / 1e9;
        }

        /** CPU seconds of the garbage collector's threads during the run. */
        public double gcSeconds() {
            return jvm.gcNanos() / 1e9;
        }

        /** Articles per CPU-second without the JIT compilers' CPU (a fixed cost per process; 0 when not measured). */
        public double articlesPerCpuSecondWithoutJit() {
            double cpu = cpuSeconds - jitSeconds();
            return cpu <= 0 ? 0 : articles / cpu;
        }

        public double articlesPerSecond() {
            return seconds <= 0 ? 0 : articles / seconds;
        }

        /** Articles per second of CPU time (0 when not measured). */
        public double articlesPerCpuSecond() {
            return cpuSeconds <= 0 ? 0 : articles / cpuSeconds;
        }
    }

    /**
     * Cross-document cost at one size: story clustering of resampled evidence, then consolidation of
     * the resampled findings into events.
     */
    public record Growth(int articles, int stories, long clusterMillis, long clusterPeakHeapMb, int events,
                         long consolidateMillis, long consolidatePeakHeapMb) {
    }

    public BenchReport {
        stageNanos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
        nlpNanos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nlpNanos));
        Objects.requireNonNull(parley, "parley");
        Objects.requireNonNull(corenlp, "corenlp");
        failures = List.copyOf(failures);
        growth = List.copyOf(growth);
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(mode, "mode");
    }

    /** Where the pipelines ran, as one line for scripts: {@code mode: forked (...)}. */
    public String modeLine() {
        return "mode: " + mode.key() + " (" + mode.description() + ")";
    }

    /** The first line of the report: what was run. */
    public String header() {
        String corpus = corpusArticles + " in the corpus" + (articleWords == 0 ? "" : String.format(Locale.ROOT,
                ", joined in corpus order into articles of at least %,d words", articleWords));
        String length = words == 0 || articles == 0 ? "" : String.format(Locale.ROOT, ", %,d words per article on average",
                Math.round((double) words / articles));
        return String.format(Locale.ROOT, "Parley bench: %d articles (%s)%s, %d threads", articles, corpus, length, threads);
    }

    /** Parley's articles per second over stock CoreNLP's, on the same articles and threads. */
    public double ratio() {
        double reference = corenlp.articlesPerSecond();
        return reference == 0 ? 0 : parley.articlesPerSecond() / reference;
    }

    /** As {@link #ratio()}, in articles per CPU-second: less sensitive to other load on the machine. */
    public double cpuRatio() {
        double reference = corenlp.articlesPerCpuSecond();
        return reference == 0 ? 0 : parley.articlesPerCpuSecond() / reference;
    }

    /** The CPU-time comparison as one line for scripts. */
    public String cpuLine() {
        return String.format(Locale.ROOT, "cpu: parley_articles_per_cpu_s=%.3f corenlp_articles_per_cpu_s=%.3f cpu_ratio=%.3f",
                parley.articlesPerCpuSecond(), corenlp.articlesPerCpuSecond(), cpuRatio());
    }

    /**
     * Where the CPU of each timed run went besides the pipelines' own threads, and the CPU ratio
     * without the JIT compilers (what a long run, which compiles once, approaches); one line for scripts.
     */
    public String jvmCpuLine() {
        double reference = corenlp.articlesPerCpuSecondWithoutJit();
        return String.format(Locale.ROOT, "jvm-cpu: parley_jit_s=%.1f parley_gc_s=%.1f corenlp_jit_s=%.1f corenlp_gc_s=%.1f "
                        + "cpu_ratio_without_jit=%.3f", parley.jitSeconds(), parley.gcSeconds(), corenlp.jitSeconds(),
                corenlp.gcSeconds(), reference == 0 ? 0 : parley.articlesPerCpuSecondWithoutJit() / reference);
    }

    /** Store size per 1,000 stored articles, in MB. */
    public double storeMbPer1k() {
        return storedArticles == 0 ? 0 : storeBytes / (1024.0 * 1024.0) / storedArticles * 1000;
    }

    /** The one line scripts read; the last line of the bench output. */
    public String finalLine() {
        return String.format(Locale.ROOT, "bench: articles=%d parley_articles_per_s=%.3f corenlp_articles_per_s=%.3f ratio=%.3f peak_heap_mb=%d",
                articles, parley.articlesPerSecond(), corenlp.articlesPerSecond(), ratio(), peakHeapMb);
    }

    /** Per-stage table (Markdown): ms per article and share of Parley's summed stage time. */
    public String stageTable() {
        long total = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder("| stage | group | ms/article | share |\n|---|---|---:|---:|\n");
        stageNanos.forEach((stage, nanos) -> out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f%% |%n",
                stage, PipelineBench.groupOf(stage), perArticle(nanos), total == 0 ? 0 : 100.0 * nanos / total)));
        out.append(String.format(Locale.ROOT, "| **all stages** | | %.2f | 100%% |%n", perArticle(total)));
        return out.toString();
    }

    /** The NLP stage by CoreNLP step (Markdown), ms per article. */
    public String nlpTable() {
        StringBuilder out = new StringBuilder("| NLP step | ms/article |\n|---|---:|\n");
        nlpNanos.forEach((step, nanos) -> out.append(String.format(Locale.ROOT, "| %s | %.2f |%n", step, perArticle(nanos))));
        return out.toString();
    }

    /** End-to-end comparison (Markdown). */
    public String runTable() {
        StringBuilder out = new StringBuilder(
                "| pipeline | threads | load s | run s | articles/s | CPU s | articles/CPU-s | tokens/s | models heap MB | peak heap MB | peak live heap MB |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append(runRow("Parley (whole pipeline)", parley));
        out.append(runRow("stock CoreNLP " + org.parley.nlp.StockCoreNlp.ANNOTATORS.replace(",", " "), corenlp));
        spark.ifPresent(s -> out.append(runRow("Parley on Spark local[" + threads + "]", s)));
        return out.toString();
    }

    private String runRow(String name, Run r) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.1f | %.2f | %s | %d | %d | %d |%n", name, threads,
                r.loadSeconds(), r.seconds(), r.articlesPerSecond(), r.cpuSeconds(), r.articlesPerCpuSecond(),
                r.tokens() == 0 || r.seconds() <= 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.tokens() / r.seconds()),
                r.heapModelsMb(), r.peakUsedMb(), r.peakLiveMb());
    }

    /** Growth table (Markdown). */
    public String growthTable() {
        StringBuilder out = new StringBuilder("| articles | stories | cluster ms | cluster peak heap MB | events | consolidate ms | consolidate peak heap MB | ms per 1k articles |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Growth g : growth) {
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %.0f |%n", g.articles(), g.stories(),
                    g.clusterMillis(), g.clusterPeakHeapMb(), g.events(), g.consolidateMillis(), g.consolidatePeakHeapMb(),
                    (g.clusterMillis() + g.consolidateMillis()) * 1000.0 / g.articles()));
        }
        return out.toString();
    }

    private double perArticle(long nanos) {
        return articles == 0 ? 0 : nanos / 1e6 / articles;
    }
}

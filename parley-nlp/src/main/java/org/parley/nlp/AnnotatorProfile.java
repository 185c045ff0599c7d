package org.parley.nlp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.PublicationDate;

/**
 * Measures what each {@link NlpConfig} costs on a list of texts: model loading time, heap held by
 * the loaded models, time per article for each stage, articles per second, and what it found
 * (mentions per type, time expressions) so that speed can be weighed against coverage.
 *
 * <p>Each configuration gets a freshly built {@link CoreNlpAnnotator}, a warm-up pass over the
 * first texts (JIT, SUTime's lazy rule loading), then one timed single-threaded pass over all
 * texts. Not thread-safe: run one profile at a time, on an otherwise idle JVM.
 */
public final class AnnotatorProfile {

    /** One text to annotate, with the date its relative time expressions are read against. */
    public record Text(String id, String text, PublicationDate published) {
        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(published, "published");
        }
    }

    /**
     * What one configuration cost and found.
     *
     * @param config          the configuration
     * @param load            time to build the annotator
     * @param heapAfterLoad   heap in use after building it and a full GC (bytes): roughly its models
     * @param articles        texts annotated in the timed pass
     * @param tokens          tokens in those texts
     * @param total           wall time of the timed pass
     * @param stages          time per stage over the timed pass, in pipeline order
     * @param mentionsByType  entity mentions found, by type
     * @param timeExpressions time expressions found
     */
    public record Result(NlpConfig config, Duration load, long heapAfterLoad, int articles, long tokens,
                         Duration total, Map<String, Duration> stages, Map<String, Integer> mentionsByType,
                         int timeExpressions) {
        public Result {
            stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
            mentionsByType = java.util.Collections.unmodifiableMap(new TreeMap<>(mentionsByType));
        }

        public double articlesPerSecond() {
            return articles / seconds(total);
        }

        /** Milliseconds per article spent in {@code stage}. */
        public double millisPerArticle(String stage) {
            Duration d = stages.getOrDefault(stage, Duration.ZERO);
            return articles == 0 ? 0 : d.toNanos() / 1e6 / articles;
        }
    }

    private final List<Text> texts;
    private final int warmup;

    /**
     * @param texts  the texts to annotate, at least one
     * @param warmup how many of the first texts to annotate once, untimed, before timing
     */
    public AnnotatorProfile(List<Text> texts, int warmup) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no texts to profile");
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("negative warm-up count: " + warmup);
        }
        this.texts = List.copyOf(texts);
        this.warmup = warmup;
    }

    /** The configurations worth comparing, from CoreNLP as shipped down to the cheapest. */
    public static List<NlpConfig> standardConfigs() {
        NlpConfig shipped = NlpConfig.coreNlpAsShipped().withDepparse(false);
        NlpConfig curated3 = shipped.withFineGrained(NlpConfig.FineGrained.CURATED);
        NlpConfig curated1 = curated3.withCrf(NlpConfig.CrfModels.THREE_CLASS);
        return List.of(
                shipped,
                curated3,
                curated1,
                curated3.withTime(NlpConfig.TimeScope.CUED_SENTENCES),
                curated1.withTime(NlpConfig.TimeScope.CUED_SENTENCES),
                curated1.withTime(NlpConfig.TimeScope.OFF),
                curated1.withTime(NlpConfig.TimeScope.OFF).withFineGrained(NlpConfig.FineGrained.NONE),
                NlpConfig.defaults(),
                NlpConfig.defaults().withCrf(NlpConfig.CrfModels.ALL_THREE));
    }

    public List<Result> run(List<NlpConfig> configs) {
        List<Result> results = new ArrayList<>();
        for (NlpConfig config : configs) {
            results.add(run(config));
        }
        return results;
    }

    public Result run(NlpConfig config) {
        System.gc();
        long loadStart = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(config);
        Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();

        for (Text t : texts.subList(0, Math.min(warmup, texts.size()))) {
            annotator.annotate(t.text(), t.published());
        }
        annotator.resetStageTimes();

        long tokens = 0;
        int times = 0;
        Map<String, Integer> byType = new TreeMap<>();
        long start = System.nanoTime();
        for (Text t : texts) {
            AnnotatedText a = annotator.annotate(t.text(), t.published());
            tokens += a.tokenCount();
            times += a.times().size();
            for (EntityMention m : a.entities()) {
                byType.merge(m.type().name(), 1, Integer::sum);
            }
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        return new Result(config, load, heap, texts.size(), tokens, total, annotator.stageTimes(), byType, times);
    }

    /** A Markdown table of the results: one row per configuration. */
    public static String markdownTable(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| configuration | load s | heap MB | tokenize | pos | lemma | ner | depparse | timex | convert "
                + "| ms/article | articles/s | tokens/s |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            double ms = seconds(r.total()) * 1000 / r.articles();
            sb.append(String.format(Locale.ROOT,
                    "| %s | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f |%n",
                    r.config().label(), seconds(r.load()), r.heapAfterLoad() >> 20,
                    r.millisPerArticle("tokenize"), r.millisPerArticle("pos"), r.millisPerArticle("lemma"),
                    r.millisPerArticle("ner"), r.millisPerArticle("depparse"), r.millisPerArticle("timex"),
                    r.millisPerArticle("convert"), ms, r.articlesPerSecond(), r.tokens() / seconds(r.total())));
        }
        return sb.toString();
    }

    /** A Markdown table of what each configuration found: mentions per type and time expressions. */
    public static String coverageTable(List<Result> results, List<String> types) {
        StringBuilder sb = new StringBuilder("| configuration | ");
        sb.append(String.join(" | ", types)).append(" | time expressions |\n|---|");
        sb.append("---:|".repeat(types.size() + 1)).append('\n');
        for (Result r : results) {
            sb.append("| ").append(r.config().label()).append(" | ");
            for (String type : types) {
                sb.append(r.mentionsByType().getOrDefault(type, 0)).append(" | ");
            }
            sb.append(r.timeExpressions()).append(" |\n");
        }
        return sb.toString();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}

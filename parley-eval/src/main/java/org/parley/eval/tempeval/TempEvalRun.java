package org.parley.eval.tempeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.parley.core.ports.Annotator;
import org.parley.model.AnnotatedText;
import org.parley.model.PublicationDate;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * Measures time expression extraction and normalization on TempEval-3's TimeML documents
 * (TimeBank + AQUAINT), for one annotator configuration at a time.
 *
 * <p>Each document's {@code <TEXT>} is annotated with its creation time as publication date
 * ({@link PublicationDate.Dated}, no time of day, no zone, from metadata) and the time expressions
 * found are scored by {@link TimexScorer} against the gold TIMEX3 (the creation time itself is not
 * scored). Documents that cannot be read are reported and left out; the rest goes on.
 *
 * <p>Design decision: single line breaks inside a paragraph are turned into spaces before
 * annotation (same length, so offsets are kept). AQUAINT wraps its lines at 70 characters, while
 * Parley's clean text puts one paragraph on a line and its annotator ends a sentence at every
 * line break; scoring the wrapped text would measure the wrapping, not the time tagger.
 *
 * <p>Not thread-safe; one run at a time. Documents are annotated on {@code threads} threads.
 */
public final class TempEvalRun {

    /** A named annotator configuration to measure. */
    public record Config(String name, NlpConfig nlp) {
    }

    /**
     * One configuration's result over the documents scored; {@code timexMillis} is the wall time per
     * document of the annotator's time-expression stage (0 when the annotator does not time it);
     * {@code errors} the {@link TimexErrors} lines of every document, sorted.
     */
    public record Result(String config, int docs, TimexScore score, double seconds, double timexMillis,
                         List<String> problems, List<String> errors) {
        public Result {
            problems = List.copyOf(problems);
            errors = errors.stream().sorted().toList();
        }
    }

    private final Path corpus;
    private final TimeMlReader reader = new TimeMlReader();
    private final TimexScorer scorer = new TimexScorer();
    private final TimexErrors differences = new TimexErrors();

    /** @param corpus the folder of {@code .tml} files, searched recursively */
    public TempEvalRun(Path corpus) {
        this.corpus = corpus;
    }

    /**
     * The configurations compared: Parley's default, then each time tagger (SUTime, HeidelTime, both)
     * on the sentences with a temporal cue and on every sentence, all with the numeric-date pass.
     * Dependency parses are off: they do not touch time expressions and would only add minutes.
     */
    public static List<Config> standardConfigs() {
        NlpConfig parley = NlpConfig.defaults().withDepparse(false);
        List<Config> configs = new ArrayList<>(List.of(new Config("parley-default", parley)));
        for (NlpConfig.TimeTagger tagger : NlpConfig.TimeTagger.values()) {
            String name = tagger.name().toLowerCase(Locale.ROOT);
            NlpConfig withTagger = parley.withTagger(tagger);
            configs.add(new Config(name + "-cued", withTagger.withTime(NlpConfig.TimeScope.CUED_SENTENCES)));
            configs.add(new Config(name + "-all-sentences", withTagger.withTime(NlpConfig.TimeScope.ALL_SENTENCES)));
        }
        return List.copyOf(configs);
    }

    /** The {@code .tml} files, in path order; the first {@code limit} when {@code limit > 0}. */
    public List<Path> documents(int limit) {
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
            return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    /** Loads {@code config}'s models, then annotates and scores {@code documents}. */
    public Result run(Config config, List<Path> documents, int threads) {
        long start = System.nanoTime();
        return run(config.name(), new CoreNlpAnnotator(config.nlp()), documents, threads, start);
    }

    /** Annotates and scores {@code documents} with an annotator already built. */
    public Result run(String name, Annotator annotator, List<Path> documents, int threads) {
        return run(name, annotator, documents, threads, System.nanoTime());
    }

    private Result run(String name, Annotator annotator, List<Path> documents, int threads, long start) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<TimexScore>> futures = new ArrayList<>();
            for (Path file : documents) {
                futures.add(pool.submit(() -> scoreOne(annotator, file, problems, errors)));
            }
            TimexScore total = TimexScore.ZERO;
            int scored = 0;
            for (Future<TimexScore> f : futures) {
                TimexScore s = f.get();
                if (s != null) {
                    total = total.plus(s);
                    scored++;
                }
            }
            return new Result(name, scored, total, (System.nanoTime() - start) / 1e9, timexMillis(annotator), problems,
                    List.copyOf(errors));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double timexMillis(Annotator annotator) {
        if (annotator instanceof CoreNlpAnnotator timed && timed.callsTimed() > 0) {
            return timed.stageTimes().get("timex").toNanos() / 1e6 / timed.callsTimed();
        }
        return 0;
    }

    private TimexScore scoreOne(Annotator annotator, Path file, List<String> problems, List<String> errors) {
        TimeMlDocument doc;
        try {
            doc = reader.read(file);
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
            return null;
        }
        PublicationDate published = new PublicationDate.Dated(doc.dct().atStartOfDay(), false, null,
                PublicationDate.ZoneBasis.NONE, PublicationDate.Source.METADATA, "DCT " + doc.dct());
        try {
            AnnotatedText annotated = annotator.annotate(unwrapLines(doc.text()), published);
            errors.addAll(differences.of(doc, annotated.times()));
            return scorer.score(doc.timexes(), annotated.times());
        } catch (RuntimeException e) {
            problems.add(doc.name() + ": annotation failed: " + e);
            return null;
        }
    }

    /**
     * Replaces each single line break between two non-blank lines by a space; blank lines (paragraph
     * breaks) stay. The result has the length of {@code text}, so offsets are unchanged.
     */
    public static String unwrapLines(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n' && i > 0 && i + 1 < chars.length && chars[i - 1] != '\n' && chars[i + 1] != '\n'
                    && !isBlankLineAround(chars, i)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean isBlankLineAround(char[] chars, int newline) {
        // "text\n   \n": a line holding only spaces is a paragraph break too, before or after.
        int next = newline + 1;
        while (next < chars.length && (chars[next] == ' ' || chars[next] == '\t')) {
            next++;
        }
        int previous = newline - 1;
        while (previous >= 0 && (chars[previous] == ' ' || chars[previous] == '\t')) {
            previous--;
        }
        return next == chars.length || chars[next] == '\n' || previous < 0 || chars[previous] == '\n';
    }

    /** The table of results, with the published peer numbers for context. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s %5s %6s %9s %9s %10s %8s %9s %9s %8s %8s%n", "config", "docs", "gold",
                "predicted", "strict F1", "relaxed F1", "value F1", "value acc", "type acc", "timex ms", "seconds"));
        for (Result r : results) {
            TimexScore s = r.score();
            out.append(String.format(Locale.ROOT, "%-26s %5d %6d %9d %9.3f %10.3f %8.3f %9.3f %9.3f %8.1f %8.1f%n",
                    r.config(), r.docs(), s.relaxed().gold(), s.relaxed().predicted(), s.strict().f1(),
                    s.relaxed().f1(), s.value().f1(), s.valueAccuracy(), s.typeAccuracy(), r.timexMillis(), r.seconds()));
        }
        out.append("Peers (TempEval-3 platinum TEST set, value F1): HeidelTime 77.6, SUTime 67.4;"
                + " these numbers are on the development set (TBAQ-cleaned), DCT excluded.\n");
        return out.toString();
    }

    /** One line a script can read. */
    public static String scriptLine(Result r) {
        TimexScore s = r.score();
        return String.format(Locale.ROOT,
                "eval: set=tempeval3 config=%s docs=%d gold=%d predicted=%d strict_f1=%.4f relaxed_f1=%.4f"
                        + " value_f1=%.4f value_accuracy=%.4f type_accuracy=%.4f seconds=%.1f timex_ms_per_doc=%.1f",
                r.config(), r.docs(), s.relaxed().gold(), s.relaxed().predicted(), s.strict().f1(), s.relaxed().f1(),
                s.value().f1(), s.valueAccuracy(), s.typeAccuracy(), r.seconds(), r.timexMillis());
    }
}

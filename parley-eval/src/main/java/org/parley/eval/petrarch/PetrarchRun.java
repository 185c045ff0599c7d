package org.parley.eval.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parley.eval.MatchCounts;

/**
 * Scores a {@link CameoCoder} on PETRARCH's validation records.
 *
 * <p>Per sentence, the gold codes and the predicted codes are compared as multisets (a code
 * expected twice, for two actor pairs, needs two predictions): exact codes, and roots (the first
 * two digits, {@code 1723} → {@code 17}), summed into micro P/R/F1. Sentence accuracy is the share
 * of sentences whose set of distinct predicted codes equals the gold set (a sentence expecting no
 * event is right when nothing is predicted). Coders that code actors ({@link RecordCoder}) are also
 * scored on exact (source, target, code) triples, with the gold triples they missed sorted by
 * cause ({@link TripleMisses}). Records that test input errors are not scored.
 *
 * <p>Not thread-safe (the coder is called from the calling thread).
 */
public final class PetrarchRun {

    /** Everything measured for one coder. */
    public record Result(String coder, int sentences, MatchCounts exact, MatchCounts root, double sentenceAccuracy,
                         double seconds, List<String> problems, MatchCounts triple, Map<String, Integer> misses) {
        public Result {
            problems = List.copyOf(problems);
            misses = Map.copyOf(misses);
        }

        Result timed(double seconds, List<String> problems) {
            return new Result(coder, sentences, exact, root, sentenceAccuracy, seconds, problems, triple, misses);
        }
    }

    /** Codes every scorable record with {@code coder} and scores the result. */
    public Result run(List<PetrarchRecord> records, CameoCoder coder) {
        return run(records, RecordCoder.of(coder));
    }

    /** Codes every scorable record with {@code coder} (actors included) and scores the result. */
    public Result run(List<PetrarchRecord> records, RecordCoder coder) {
        long start = System.nanoTime();
        List<PetrarchRecord> scorable = records.stream().filter(r -> !r.expectsError()).toList();
        List<RecordCoder.Coded> predictions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PetrarchRecord r : scorable) {
            try {
                predictions.add(coder.code(r));
            } catch (RuntimeException e) {
                problems.add(r.id() + ": coder " + coder.name() + " failed: " + e);
                predictions.add(new RecordCoder.Coded(List.of(), List.of("FAILED")));
            }
        }
        return scoreCodings(coder.name(), scorable, predictions).timed((System.nanoTime() - start) / 1e9, problems);
    }

    /** Scores code-only {@code predictions} (one list per record, same order); records expecting an error are skipped. */
    public Result score(String coder, List<PetrarchRecord> records, List<List<String>> predictions) {
        return scoreCodings(coder, records, predictions.stream()
                .map(codes -> new RecordCoder.Coded(codes.stream().map(c -> new PetrarchRecord.Coding("", "", c)).toList(),
                        List.of()))
                .toList());
    }

    /**
     * Scores {@code predictions} (one per record, same order): codes, roots and exact (source,
     * target, code) triples, each as multisets per sentence, and why gold triples were missed.
     */
    public Result scoreCodings(String coder, List<PetrarchRecord> records, List<RecordCoder.Coded> predictions) {
        if (records.size() != predictions.size()) {
            throw new IllegalArgumentException(records.size() + " records but " + predictions.size() + " predictions");
        }
        MatchCounts exact = MatchCounts.ZERO;
        MatchCounts root = MatchCounts.ZERO;
        MatchCounts triple = MatchCounts.ZERO;
        TripleMisses misses = new TripleMisses();
        int scored = 0;
        int right = 0;
        for (int i = 0; i < records.size(); i++) {
            PetrarchRecord r = records.get(i);
            if (r.expectsError()) {
                continue;
            }
            scored++;
            List<String> gold = r.codings().stream().map(PetrarchRecord.Coding::eventCode).toList();
            List<String> predicted = predictions.get(i).codings().stream().map(PetrarchRecord.Coding::eventCode).toList();
            exact = exact.plus(multisetMatch(gold, predicted, Function.identity()));
            root = root.plus(multisetMatch(gold, predicted, PetrarchRun::root));
            triple = triple.plus(multisetMatch(r.codings(), predictions.get(i).codings(), Function.identity()));
            misses.add(r.codings(), predictions.get(i));
            if (new HashSet<>(gold).equals(new HashSet<>(predicted))) {
                right++;
            }
        }
        return new Result(coder, scored, exact, root, scored == 0 ? 0 : (double) right / scored, 0, List.of(), triple,
                misses.counts());
    }

    /** The CAMEO root code: the first two digits ({@code 0231} → {@code 02}). */
    public static String root(String code) {
        return code.length() <= 2 ? code : code.substring(0, 2);
    }

    static <T, K> MatchCounts multisetMatch(List<T> gold, List<T> predicted, Function<T, K> key) {
        Map<K, Integer> left = new HashMap<>();
        gold.forEach(g -> left.merge(key.apply(g), 1, Integer::sum));
        int matched = 0;
        for (T p : predicted) {
            K k = key.apply(p);
            Integer n = left.get(k);
            if (n != null && n > 0) {
                left.put(k, n - 1);
                matched++;
            }
        }
        return new MatchCounts(matched, predicted.size(), gold.size());
    }

    /** The results side by side, with what the numbers mean. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %9s %8s %8s %8s %8s %9s %9s %7s%n", "coder", "sentences", "exact P",
                "exact R", "exact F1", "root F1", "triple F1", "sent. acc", "seconds"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%-12s %9d %8.3f %8.3f %8.3f %8.3f %9.3f %9.3f %7.1f%n", r.coder(),
                    r.sentences(), r.exact().precision(), r.exact().recall(), r.exact().f1(), r.root().f1(),
                    r.triple().f1(), r.sentenceAccuracy(), r.seconds()));
            r.problems().forEach(p -> out.append("  problem: ").append(p).append('\n'));
        }
        for (Result r : results) {
            if (!r.misses().isEmpty()) {
                out.append("Triples missed or wrong, ").append(r.coder()).append(": ").append(TripleMisses.describe(r.misses()))
                        .append('\n');
            }
        }
        out.append("Note: these are PETRARCH's unit-test records; PETRARCH-1 passes all of them by design. Most use\n"
                + "invented actors (Arnor, Gondor, ...) from the suite's own small dictionaries, and the suite's verb\n"
                + "dictionary assigns some codes of its own (e.g. 9xx test codes), so exact scores understate a\n"
                + "general CAMEO coder; root scores are the fairer comparison.\n");
        return out.toString();
    }

    /** One line a script can read. */
    public static String scriptLine(Result r) {
        return String.format(Locale.ROOT,
                "eval: set=petrarch coder=%s sentences=%d exact_p=%.4f exact_r=%.4f exact_f1=%.4f root_f1=%.4f"
                        + " sentence_accuracy=%.4f triple_f1=%.4f seconds=%.1f",
                r.coder(), r.sentences(), r.exact().precision(), r.exact().recall(), r.exact().f1(), r.root().f1(),
                r.sentenceAccuracy(), r.triple().f1(), r.seconds());
    }
}

package org.parley.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.parley.model.Article;
import org.parley.model.ArticleId;

/**
 * The articles one annotation run has taken, indexed by their lines, to find the earlier article a
 * new one is a near-duplicate of (a syndicated copy: another headline, byline or trailer, a few
 * words changed) so that its annotation is reused ({@link AnnotationSplice}).
 *
 * <p>Design decision: block by signature, never compare all pairs. An article's signature is the
 * hashes of its long lines ({@value #SIGNATURE_LINE} characters or more: headlines, bylines and
 * "Advertisement" say nothing about copying); candidates are the articles sharing one of them, and
 * a line shared by more than {@value #MAX_SHARING} articles is boilerplate, not evidence. The
 * original is the candidate published the same day that shares the most characters of long lines,
 * at least {@value #MIN_SHARE} of the copy's. Memory: one 8-byte hash and id per long line of the
 * run; the annotations themselves stay in the store.
 *
 * <p>Thread-safe. An article is registered when it is claimed, before it is annotated, so a copy
 * claimed while its original is still being annotated waits for it ({@link Entry#annotated}).
 */
final class NearDuplicates {

    static final int SIGNATURE_LINE = 40;
    static final int MAX_SHARING = 20;
    static final double MIN_SHARE = 0.4;

    /** A registered article; {@code annotated} completes with whether its annotation was saved. */
    record Entry(ArticleId id, Optional<LocalDate> day, CompletableFuture<Boolean> annotated) {
    }

    private final Map<String, List<Entry>> byLine = new HashMap<>();
    private final Map<ArticleId, Entry> entries = new HashMap<>();
    private final Set<String> boilerplate = new HashSet<>();

    /** The article registered earlier that {@code article} is a near-duplicate of, if any. */
    synchronized Optional<Entry> originalOf(Article article) {
        Map<ArticleId, Integer> shared = new HashMap<>();
        int total = 0;
        for (String line : signature(article)) {
            if (boilerplate.contains(key(line))) {
                continue;
            }
            total += line.length();
            for (Entry p : byLine.getOrDefault(key(line), List.of())) {
                if (!p.id().equals(article.id()) && p.day().equals(article.published().localDate())) {
                    shared.merge(p.id(), line.length(), Integer::sum);
                }
            }
        }
        int needed = (int) Math.ceil(total * MIN_SHARE);
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= needed && e.getValue() > 0)
                .max(Map.Entry.<ArticleId, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.<ArticleId>reverseOrder())))
                .map(e -> entries.get(e.getKey()));
    }

    /** Adds an article about to be annotated; complete its entry's future once it is done. */
    synchronized Entry register(Article article) {
        Entry entry = entries.computeIfAbsent(article.id(),
                id -> new Entry(id, article.published().localDate(), new CompletableFuture<>()));
        for (String line : signature(article)) {
            String key = key(line);
            if (boilerplate.contains(key)) {
                continue;
            }
            List<Entry> postings = byLine.computeIfAbsent(key, k -> new ArrayList<>());
            postings.add(entry);
            if (postings.size() > MAX_SHARING) {
                byLine.remove(key);
                boilerplate.add(key);
            }
        }
        return entry;
    }

    private static List<String> signature(Article article) {
        List<String> out = new ArrayList<>();
        for (String line : article.clean().text().split("\n")) {
            if (line.strip().length() >= SIGNATURE_LINE && !out.contains(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static String key(String line) {
        return ArticleIds.shortHash(line, 8);
    }
}

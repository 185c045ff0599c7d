package org.parley.eval.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.store.ArticleStores;

/**
 * Brings the demo corpus through the engine and scores its consolidated events against the gold:
 * into a store given (ingesting what it lacks), into a fresh temporary one, or reading a store
 * as it is.
 */
public final class DemoEventsRun {
    private static final int PAGE = 500;

    private DemoEventsRun() {
    }

    /** Ingests {@code corpus} into {@code storeDir} (annotating only what it lacks), then scores its events. */
    public static DemoEventScores ingestAndScore(Path corpus, Path storeDir, DemoGold gold) {
        AnnotatedCorpus.of(corpus, storeDir);
        return scoreStore(storeDir.toString(), gold);
    }

    /** Ingests {@code corpus} into a temporary store, scores its events and removes the store. */
    public static DemoEventScores inFreshStore(Path corpus, DemoGold gold) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parley-eval-demo");
            return ingestAndScore(corpus, dir, gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary store: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** Scores the events of the store at {@code location} (a folder or a JDBC URL) as it is. */
    public static DemoEventScores scoreStore(String location, DemoGold gold) {
        try (ArticleStore store = ArticleStores.open(location)) {
            return new DemoEventScorer(gold).score(new EventCatalog(store).consolidated(), sentences(store));
        }
    }

    /** Each annotated article's sentences, by the doc name its mentions carry. */
    private static Map<String, List<String>> sentences(ArticleStore store) {
        Map<String, List<String>> out = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Article> page = store.articles(offset, PAGE);
            for (Article a : page) {
                AnnotatedText text = store.annotation(a.id()).orElse(null);
                if (text != null) {
                    List<String> sentences = new ArrayList<>();
                    for (Sentence s : text.sentences()) {
                        sentences.add(s.text(a.clean().text()));
                    }
                    out.put(a.doc(), sentences);
                }
            }
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove the temporary store " + dir + ": " + e.getMessage());
        }
    }
}

package org.parley.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.store.ArticleStores;

/**
 * A folder of articles brought through the engine (read, clean, date, annotate) into a store, and
 * read back as annotated articles. The store doubles as a cache: annotating again is skipped for
 * articles already annotated there, so eval runs and tests pay for CoreNLP once.
 */
public final class AnnotatedCorpus {

    /** One article with its annotation. */
    public record Item(Article article, AnnotatedText text) {
        /** The file name or URL the article came from. */
        public String doc() {
            return article.doc();
        }
    }

    private AnnotatedCorpus() {
    }

    /**
     * Ingests {@code input} into the store at {@code storeDir} (created if missing) and returns its
     * annotated articles in document-name order.
     */
    public static List<Item> of(Path input, Path storeDir) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("corpus not found: " + input);
        }
        try (ArticleStore store = ArticleStores.open(storeDir.toString())) {
            IngestSummary summary = new Ingester(store, Pipeline.stages(true), 2, IngestListener.SILENT)
                    .ingest(new FileArticleSource(List.of(input.toString()), ReaderOptions.defaults()));
            if (!summary.failed().isEmpty()) {
                System.err.println("some articles of " + input + " failed:\n" + summary.describe());
            }
            List<Item> items = new ArrayList<>();
            store.forEachArticle(a -> store.annotation(a.id()).ifPresent(t -> items.add(new Item(a, t))));
            items.sort(Comparator.comparing(Item::doc));
            return List.copyOf(items);
        }
    }
}

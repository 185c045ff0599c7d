package org.parley.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.IngestSummary;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.server.LiveCatalog;
import org.parley.server.ParleyServer;
import org.parley.store.ArticleStores;

/**
 * The server over the demo corpus (demo/corpus) on a free loopback port, as {@code bin/parley demo
 * --serve} shows it.
 *
 * <p>The corpus is annotated with CoreNLP once into {@code target/demo-store} (seeded from
 * parley-eval's cache when that exists, as the server's DemoServerIT does); each site serves a copy
 * in {@code dir}, so the cache is never written by a test.
 */
final class DemoSite implements AutoCloseable {
    private final ArticleStore store;
    private final ParleyServer server;

    private DemoSite(ArticleStore store, ParleyServer server) {
        this.store = store;
        this.server = server;
    }

    static DemoSite start(Path dir) throws IOException {
        Path cache = Path.of("target/demo-store");
        Path db = cache.resolve("parley.db");
        Path evalCache = Path.of("../parley-eval/target/demo-store/parley.db");
        if (!Files.exists(db) && Files.exists(evalCache)) {
            Files.createDirectories(cache);
            Files.copy(evalCache, db);
        }
        if (!Files.exists(db)) {
            try (ArticleStore annotated = ArticleStores.open(cache.toString())) {
                IngestSummary summary = new Ingester(annotated, Pipeline.stages(true), 2, IngestListener.SILENT)
                        .ingest(new FileArticleSource(List.of("../demo/corpus"), ReaderOptions.defaults()));
                if (!summary.failed().isEmpty()) {
                    System.err.println("some demo articles failed:\n" + summary.describe());
                }
            }
        }
        Path copy = dir.resolve("store");
        Files.createDirectories(copy);
        Files.copy(db, copy.resolve("parley.db"), StandardCopyOption.REPLACE_EXISTING);
        ArticleStore store = ArticleStores.open(copy.toString());
        LiveCatalog catalog = new LiveCatalog(store, () -> Pipeline.stages(true));
        return new DemoSite(store, ParleyServer.start(catalog, ParleyServer.Config.loopback(0)));
    }

    /** The page's address, e.g. {@code http://127.0.0.1:41234/}. */
    String url() {
        return server.uri().toString();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}

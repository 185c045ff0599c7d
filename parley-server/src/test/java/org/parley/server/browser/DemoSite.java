package org.parley.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
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
 * --serve} shows it; or over the five seeds ({@link #seeds}).
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
        return start(dir, Path.of("../demo/corpus"), Path.of("target/demo-store"),
                Path.of("../parley-eval/target/demo-store/parley.db"));
    }

    /**
     * The server over the five seed articles of ../shared/corpus/seeds (cached in
     * {@code target/seed-store}); skips the calling test when ../shared is absent.
     */
    static DemoSite seeds(Path dir) throws IOException {
        Path seeds = Path.of(System.getProperty("parley.shared", "../../shared")).resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), seeds + " is absent: skipping the tests over the seeds");
        return start(dir, seeds, Path.of("target/seed-store"), null);
    }

    private static DemoSite start(Path dir, Path corpus, Path cache, Path seedCache) throws IOException {
        Path db = cache.resolve("parley.db");
        if (!Files.exists(db) && seedCache != null && Files.exists(seedCache)) {
            Files.createDirectories(cache);
            Files.copy(seedCache, db);
        }
        if (!Files.exists(db)) {
            try (ArticleStore annotated = ArticleStores.open(cache.toString())) {
                IngestSummary summary = new Ingester(annotated, Pipeline.stages(true), 2, IngestListener.SILENT)
                        .ingest(new FileArticleSource(List.of(corpus.toString()), ReaderOptions.defaults()));
                if (!summary.failed().isEmpty()) {
                    System.err.println("some articles of " + corpus + " failed:\n" + summary.describe());
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

    /** GET {@code path} of the API, which must answer 200, as JSON. */
    JsonNode api(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}

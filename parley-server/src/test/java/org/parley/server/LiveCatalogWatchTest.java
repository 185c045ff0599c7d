package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ingest.IngestListener;
import org.parley.core.ingest.Ingester;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.Pipeline;
import org.parley.ingest.FileArticleSource;
import org.parley.ingest.ReaderOptions;
import org.parley.store.ArticleStores;

/** What another process writes into the store reaches the server's snapshot without a restart. */
class LiveCatalogWatchTest {

    @Test
    void rereadsTheStoreOnlyWhenAnotherWriterChangedIt(@TempDir Path dir) throws Exception {
        ArticleStore served = FixtureStore.create(dir);
        try {
            LiveCatalog catalog = new LiveCatalog(served, () -> Pipeline.stages(false));
            int before = catalog.current().articles().size();
            CatalogSnapshot first = catalog.current();

            assertThat(catalog.refreshIfChanged()).as("nothing changed yet").isFalse();
            assertThat(catalog.current()).isSameAs(first);

            Path more = dir.resolve("more");
            Files.createDirectories(more);
            Files.writeString(more.resolve("late.txt"), "A late report\n\nMarch 28, 2024 - Ministers of two "
                    + "neighbouring countries met at the border to discuss water sharing and fishing rights.\n");
            ArticleStore otherWriter = ArticleStores.open(dir.resolve("store").toString());
            try {
                new Ingester(otherWriter, Pipeline.stages(false), 1, IngestListener.SILENT)
                        .ingest(new FileArticleSource(List.of(more.toString()), ReaderOptions.defaults()));
            } finally {
                otherWriter.close();
            }

            assertThat(catalog.refreshIfChanged()).as("another writer added an article").isTrue();
            assertThat(catalog.current().articles()).hasSize(before + 1);
            assertThat(catalog.refreshIfChanged()).as("already seen").isFalse();
        } finally {
            served.close();
        }
    }
}

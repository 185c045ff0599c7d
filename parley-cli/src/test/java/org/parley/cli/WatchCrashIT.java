package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Article;
import org.parley.store.ArticleStores;

/** {@code kill -9} in the middle of a watch: the next watch fetches only what was not stored, and stores nothing twice. */
class WatchCrashIT {
    private static final int PAGES = 40;

    @TempDir
    Path tmp;

    @Test
    void aKilledWatchResumesWithoutDuplicates() throws Exception {
        String store = tmp.resolve("store").toString();
        try (FeedSite site = new FeedSite(PAGES)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
                    "watch", site.url("/feed.xml"), "--once", "--no-annotate", "--store", store, "--delay", "100ms")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            long storedWhenKilled = ChildIngest.waitForArticles(store, child, 3);
            child.destroyForcibly().waitFor();

            CliRun rerun = CliRun.of("watch", site.url("/feed.xml"), "--once", "--no-annotate", "--store", store,
                    "--delay", "10ms");

            assertThat(storedWhenKilled).isBetween(1L, PAGES - 1L);
            assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
            assertThat(site.maxRequestsOfOnePage()).as("only the page in flight is fetched twice").isLessThanOrEqualTo(2);
            assertThat(site.pageRequests()).isLessThanOrEqualTo(PAGES + 1);
            try (ArticleStore articles = ArticleStores.open(store)) {
                assertThat(articles.articles(0, PAGES + 10)).extracting(Article::id).doesNotHaveDuplicates().hasSize(PAGES);
            }
        }
    }
}

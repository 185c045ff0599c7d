package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
            long storedWhenKilled = waitForSomeArticles(store, child);
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

    private static long waitForSomeArticles(String store, Process child) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            if (Files.exists(Path.of(store))) {
                try (ArticleStore articles = ArticleStores.open(store)) {
                    long n = articles.count();
                    if (n >= 3) {
                        return n;
                    }
                } catch (RuntimeException e) {
                    // The child may still be creating the schema: try again.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child watch stored nothing in time or ended early");
    }
}

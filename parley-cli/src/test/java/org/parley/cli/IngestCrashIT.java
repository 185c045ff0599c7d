package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ports.ArticleStore;
import org.parley.model.Article;
import org.parley.store.ArticleStores;

/** {@code kill -9} in the middle of an ingest loses at most the article in flight; re-running completes it. */
class IngestCrashIT {
    private static final int ARTICLES = 1500;

    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesWithoutDuplicatesOrDamage() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("report-%04d.txt", i)),
                    "Report number " + i + ". The delegation of the ministry met its counterparts on Monday to discuss "
                            + "trade, investment and cooperation in education, and agreed to meet again next year.\n");
        }
        String store = tmp.resolve("store").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParleyCommand.class.getName(),
                "ingest", in.toString(), "--store", store, "--no-annotate")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();

        long storedWhenKilled = waitForArticles(store, child, 50);
        child.destroyForcibly().waitFor();

        long survived;
        try (ArticleStore articles = ArticleStores.open(store)) {
            survived = articles.count();
            for (Article a : articles.articles(0, ARTICLES)) {
                assertThat(a.clean().text()).as("stored whole").startsWith("Report number ").endsWith("next year.");
            }
        }
        CliRun rerun = CliRun.of("ingest", in.toString(), "--store", store, "--no-annotate");

        assertThat(storedWhenKilled).isGreaterThan(0);
        assertThat(survived).as("killed mid-way").isLessThan(ARTICLES).isGreaterThanOrEqualTo(storedWhenKilled);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("new " + (ARTICLES - survived) + ",").contains("duplicate " + survived + ",");
        try (ArticleStore articles = ArticleStores.open(store)) {
            assertThat(articles.count()).isEqualTo(ARTICLES);
            List<Article> all = articles.articles(0, ARTICLES + 10);
            assertThat(all).extracting(Article::id).doesNotHaveDuplicates().hasSize(ARTICLES);
        }
    }

    /** Waits until the child process has stored {@code atLeast} articles; how many it had then. */
    static long waitForArticles(String store, Process child, int atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            if (Files.exists(Path.of(store))) {
                try (ArticleStore articles = ArticleStores.open(store)) {
                    long n = articles.count();
                    if (n >= atLeast) {
                        return n;
                    }
                } catch (RuntimeException e) {
                    // The child may still be creating the schema: try again.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child stored too few articles in time or ended early");
    }
}

package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        Path in = ChildIngest.reports(tmp.resolve("in"), ARTICLES, "The delegation of the ministry met its counterparts "
                + "on Monday to discuss trade, investment and cooperation in education, and agreed to meet again next year.");
        String store = tmp.resolve("store").toString();
        Process child = ChildIngest.start(in, store, tmp.resolve("child.log"));

        long storedWhenKilled = ChildIngest.waitForArticles(store, child, 50);
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
}

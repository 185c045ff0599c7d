package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.store.ArticleStores;
import org.parley.store.JdbcArticleStore;
import org.parley.store.SqliteArticleStore;

/**
 * {@code parley backup} while a {@code parley ingest} process writes the store: the backup is the store
 * at one moment (the articles stored up to then, whole), and {@code parley restore} makes a store that
 * opens, passes its integrity check and answers as the source did at that moment.
 */
class BackupDuringIngestIT {
    private static final int ARTICLES = 1500;

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenDuringAnIngestRestoresToTheStoreAtThatMoment() throws Exception {
        Path in = ChildIngest.reports(tmp.resolve("in"), ARTICLES,
                "The envoys of the two ministries met on Monday to discuss fisheries and a new bridge, and agreed to meet again next spring.");
        String store = tmp.resolve("store").toString();
        Process ingest = ChildIngest.start(in, store, tmp.resolve("ingest.log"));
        ChildIngest.waitForArticles(store, ingest, 50);

        CliRun backup = CliRun.of("backup", tmp.resolve("backup").toString(), "--store", store);
        boolean ingestStillRunning = ingest.isAlive();
        assertThat(ingest.waitFor(5, TimeUnit.MINUTES)).isTrue();
        CliRun restore = CliRun.of("restore", tmp.resolve("backup").toString(), "--store", tmp.resolve("restored").toString());
        CliRun refused = CliRun.of("restore", tmp.resolve("backup").toString(), "--store", store);

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(ingestStillRunning).as("the backup ran during the ingest").isTrue();
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.err()).contains("--replace");
        try (JdbcArticleStore source = ArticleStores.open(store);
             SqliteArticleStore restored = SqliteArticleStore.open(tmp.resolve("restored"))) {
            long atBackup = restored.count();
            assertThat(backup.out()).contains("backed up " + atBackup + " articles");
            assertThat(atBackup).as("a moment in the middle of the ingest").isPositive().isLessThan(ARTICLES);
            assertThat(source.count()).isEqualTo(ARTICLES);
            List<Article> restoredArticles = restored.articles(0, ARTICLES);
            // the ingest only appends, so the store at the backup's moment is the first articles in ingest order
            assertThat(restoredArticles).extracting(Article::id).containsExactlyElementsOf(
                    source.articles(0, (int) atBackup).stream().map(Article::id).toList());
            for (Article a : restoredArticles) {
                assertThat(a.clean().text()).as("stored whole").startsWith("Report number ").endsWith("next spring.");
            }
            assertThat(restored.integrityCheck()).containsExactly("ok");
            assertThat(restored.idsWithStatus(org.parley.model.ArticleStatus.STORED)).extracting(ArticleId::value)
                    .hasSize((int) atBackup);
        }
    }
}

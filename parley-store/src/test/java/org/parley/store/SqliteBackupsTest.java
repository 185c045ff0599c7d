package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Article;

class SqliteBackupsTest {

    @TempDir
    Path temp;

    @Test
    void aBackupRestoresToAStoreWithTheSameArticlesAnnotationsAndFindings() {
        Path live = temp.resolve("live");
        try (SqliteArticleStore store = SqliteArticleStore.open(live)) {
            IntStream.range(0, 5).forEach(n -> store.put(SampleArticles.numbered(n)));
            store.saveAnnotation(SampleArticles.id(1), SampleArticles.annotation("test"));
            store.saveFindings(new ArticleFindings(SampleArticles.id(1), java.util.List.of(), java.util.List.of()), "v1");

            assertThat(SqliteBackups.backup(store, temp.resolve("copy"))).isEqualTo(5);
            store.put(SampleArticles.numbered(5)); // after the backup: not in it
        }

        assertThat(SqliteBackups.restore(temp.resolve("copy"), temp.resolve("restored"), false)).isEqualTo(5);

        try (SqliteArticleStore restored = SqliteArticleStore.open(temp.resolve("restored"))) {
            assertThat(restored.articles(0, 10)).extracting(Article::id)
                    .containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(SampleArticles::id).toList());
            assertThat(restored.annotation(SampleArticles.id(1))).contains(SampleArticles.annotation("test"));
            assertThat(restored.idsNeedingFindings("v1")).isEmpty();
            assertThat(restored.integrityCheck()).containsExactly("ok");
        }
    }

    @Test
    void refusesToOverwriteABackupOrAStoreThatHoldsArticles() {
        try (SqliteArticleStore store = SqliteArticleStore.open(temp.resolve("live"))) {
            store.put(SampleArticles.numbered(0));
            SqliteBackups.backup(store, temp.resolve("copy"));

            assertThatThrownBy(() -> SqliteBackups.backup(store, temp.resolve("copy")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already holds a store");
        }
        assertThatThrownBy(() -> SqliteBackups.restore(temp.resolve("copy"), temp.resolve("live"), false))
                .isInstanceOf(StoreException.class).hasMessageContaining("--replace");
        assertThat(SqliteBackups.restore(temp.resolve("copy"), temp.resolve("live"), true)).isEqualTo(1);
        assertThatThrownBy(() -> SqliteBackups.restore(temp.resolve("nothing"), temp.resolve("other"), false))
                .isInstanceOf(StoreException.class).hasMessageContaining("no backup at");
    }
}

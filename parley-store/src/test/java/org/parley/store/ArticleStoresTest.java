package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoresTest {

    @TempDir
    Path temp;

    @Test
    void aFolderOpensAnEmbeddedStoreCreatingTheFolder() {
        Path folder = temp.resolve("nested/data");

        try (JdbcArticleStore store = ArticleStores.open(folder.toString())) {
            assertThat(store).isInstanceOf(SqliteArticleStore.class);
            assertThat(folder.resolve("parley.db")).exists();
        }
    }

    @Test
    void anotherDatabaseUrlIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> ArticleStores.open("jdbc:mysql://db/x?user=u&password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://").hasMessageNotContaining("secret");
    }

    @Test
    void anUnreachablePostgresServerIsAStoreErrorWithoutThePassword() {
        assertThatThrownBy(() -> ArticleStores.open(
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&connectTimeout=2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("secret");
    }

    @Test
    void theDefaultLocationIsTheEnvironmentVariableElseTheDataFolder() {
        assertThat(ArticleStores.defaultLocation(Map.of())).isEqualTo("./parley-data");
        assertThat(ArticleStores.defaultLocation(Map.of("PARLEY_STORE", "  "))).isEqualTo("./parley-data");
        assertThat(ArticleStores.defaultLocation(Map.of("PARLEY_STORE", "jdbc:postgresql://db/p")))
                .isEqualTo("jdbc:postgresql://db/p");
    }
}

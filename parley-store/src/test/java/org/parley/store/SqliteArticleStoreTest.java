package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite store in a temporary folder, plus SQLite specifics. */
class SqliteArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path temp;

    Path folder() {
        return temp.resolve("store");
    }

    @Override
    void resetLocation() throws Exception {
        if (Files.exists(folder())) {
            try (Stream<Path> files = Files.walk(folder())) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    JdbcArticleStore openStore() {
        return SqliteArticleStore.open(folder());
    }

    @Override
    void forgeSchemaVersion(int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().resolve(SqliteArticleStore.FILE_NAME));
             Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO schema_version (version, script, applied_at) VALUES ("
                    + version + ", 'V" + version + "__future', '2030-01-01T00:00:00Z')");
        }
    }

    @Test
    void createsTheFolderAndAWalModeDatabaseWithTheCurrentSchema() throws Exception {
        SqliteArticleStore sqlite = (SqliteArticleStore) store;

        assertThat(sqlite.file()).isEqualTo(folder().resolve("parley.db").toAbsolutePath()).exists();
        assertThat(sqlite.integrityCheck()).containsExactly("ok");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.file());
             Statement sql = c.createStatement()) {
            try (ResultSet rs = sql.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = sql.executeQuery("SELECT MAX(version) FROM schema_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Migrations.CURRENT);
            }
            try (ResultSet rs = sql.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'articles_url'")) {
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void reopeningDoesNotReapplyMigrations() throws Exception {
        store.close();
        store = openStore();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().resolve("parley.db"));
             Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void aScriptNumberedBelowTheStoresHighestStillRunsWhenMissing() throws Exception {
        store.close();
        // As if V5 arrived after V7 had run: the store records V7 but not V5, and lacks V5's tables.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().resolve("parley.db"));
             Statement sql = c.createStatement()) {
            for (String table : new String[] {"story_evidence", "story_state", "stories"}) {
                sql.execute("DROP TABLE " + table);
            }
            sql.execute("DELETE FROM schema_version WHERE version = 5");
        }

        store = openStore();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().resolve("parley.db"));
             Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT group_concat(version) FROM (SELECT version FROM schema_version ORDER BY version)")) {
            assertThat(rs.getString(1)).as("every script ran, V5 late")
                    .isEqualTo(Migrations.SCRIPTS.stream().map(Migrations::version).map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",")));
        }
        assertThat(store.savedStories()).isEmpty();
    }

    @Test
    void refusesAFileGivenAsTheStoreFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> SqliteArticleStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not-a-folder").hasMessageContaining("is a file");
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("garbage"));
        Files.writeString(folder.resolve("parley.db"), "this is not a SQLite database, just text ".repeat(200));

        assertThatThrownBy(() -> SqliteArticleStore.open(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining(folder.resolve("parley.db").toAbsolutePath().toString());
    }
}

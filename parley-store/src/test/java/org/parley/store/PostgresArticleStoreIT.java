package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a PostgreSQL server named by the environment variable (or system property)
 * {@value #URL_VARIABLE}; start one with {@code scripts/postgres-test-server.sh start}. Skipped when
 * it is not set. Each test drops Parley's tables first, so use a throw-away database.
 */
class PostgresArticleStoreIT extends ArticleStoreContract {

    static final String URL_VARIABLE = "PARLEY_TEST_PG_URL";

    static String url() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return url == null || url.isBlank() ? null : url;
    }

    @Override
    void resetLocation() throws Exception {
        // Here, not in a @BeforeAll, so that every test is reported skipped with the reason.
        Assumptions.assumeTrue(url() != null, URL_VARIABLE + " is not set: skipping the PostgreSQL store tests "
                + "(start a server with: export " + URL_VARIABLE + "=$(scripts/postgres-test-server.sh start))");
        try (Connection c = DriverManager.getConnection(url()); Statement sql = c.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS feed_items, http_validators, story_evidence, story_state, stories, retired_ids, story_ids, event_ids, findings, annotations, article_markup, articles, schema_version CASCADE");
        }
    }

    @Override
    JdbcArticleStore openStore() {
        return PostgresArticleStore.open(url());
    }

    @Override
    void forgeSchemaVersion(int version) throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO schema_version (version, script, applied_at) VALUES ("
                    + version + ", 'V" + version + "__future', '2030-01-01T00:00:00Z')");
        }
    }

    @Test
    void describesItselfWithoutThePassword() {
        assertThat(store.description()).startsWith("jdbc:postgresql://").doesNotContain(
                url().replaceAll(".*password=([^&]*).*", "$1"));
    }

    @Test
    void twoStoresOnOneDatabaseSeeEachOthersWrites() {
        try (JdbcArticleStore other = openStore()) {
            store.put(SampleArticles.numbered(1));

            assertThat(other.article(SampleArticles.id(1))).contains(SampleArticles.numbered(1));
            assertThat(other.put(SampleArticles.numbered(1)).result())
                    .isEqualTo(org.parley.core.ports.ArticleStore.PutResult.DUPLICATE);
        }
    }

    @Test
    void createsTheUrlIndex() throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'articles_url'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}

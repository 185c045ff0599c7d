package org.parley.store;

import java.util.Properties;
import org.postgresql.Driver;

/**
 * The shared store: a PostgreSQL database that several Parley processes (or machines) write to and
 * read from at once. The tables are created on first open, by whichever process gets there first.
 *
 * <p>Writes from one process are serialized; writes from different processes run concurrently and
 * stay correct because storing is {@code INSERT ... ON CONFLICT DO NOTHING} on the article id.
 * Two processes storing two new versions of one URL at the same moment may both link to the same
 * earlier version.
 */
public final class PostgresArticleStore extends JdbcArticleStore {

    private PostgresArticleStore(String url) {
        super(redact(url), SqlDialect.POSTGRES, () -> {
            // The driver directly, not DriverManager: a shaded CLI jar may lose the service file.
            var connection = new Driver().connect(url, new Properties());
            if (connection == null) {
                throw new java.sql.SQLException("not a PostgreSQL JDBC URL: " + redact(url));
            }
            return connection;
        });
    }

    /**
     * Opens the store at a {@code jdbc:postgresql://host:port/database?user=...&password=...} URL,
     * creating its tables when missing.
     *
     * @throws StoreException when the server cannot be reached or its schema is newer than this code
     */
    public static PostgresArticleStore open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://...): " + redact(jdbcUrl));
        }
        return new PostgresArticleStore(jdbcUrl);
    }

    /** The URL without its password, for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}

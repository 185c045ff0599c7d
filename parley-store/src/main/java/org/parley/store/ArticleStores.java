package org.parley.store;

import java.nio.file.Path;
import java.util.Map;

/** Opens the article store a user names: a folder for the embedded store, a JDBC URL for a server. */
public final class ArticleStores {

    /** The environment variable that names the default store. */
    public static final String ENVIRONMENT_VARIABLE = "PARLEY_STORE";

    /** The default store folder when {@value #ENVIRONMENT_VARIABLE} is not set. */
    public static final String DEFAULT_FOLDER = "./parley-data";

    private ArticleStores() {
    }

    /**
     * Opens {@code where}: a {@code jdbc:postgresql:} URL opens a {@link PostgresArticleStore}; anything
     * else is a folder and opens (creating it if needed) a {@link SqliteArticleStore}.
     *
     * @throws IllegalArgumentException for a JDBC URL of a database Parley does not support
     * @throws StoreException           when the store cannot be opened
     */
    public static JdbcArticleStore open(String where) {
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("no store given: name a folder or a jdbc:postgresql: URL");
        }
        if (where.startsWith("jdbc:postgresql:")) {
            return PostgresArticleStore.open(where);
        }
        if (where.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported store URL " + PostgresArticleStore.redact(where)
                    + ": use a folder (embedded SQLite) or a jdbc:postgresql:// URL");
        }
        return SqliteArticleStore.open(Path.of(where));
    }

    /** Where the store is when the user names none: {@value #ENVIRONMENT_VARIABLE}, else {@value #DEFAULT_FOLDER}. */
    public static String defaultLocation() {
        return defaultLocation(System.getenv());
    }

    static String defaultLocation(Map<String, String> environment) {
        String named = environment.get(ENVIRONMENT_VARIABLE);
        return named == null || named.isBlank() ? DEFAULT_FOLDER : named.strip();
    }
}

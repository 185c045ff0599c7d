/**
 * Where Parley keeps articles and annotations: {@link org.parley.store.SqliteArticleStore} (an
 * embedded SQLite file in WAL mode, the default) and {@link org.parley.store.PostgresArticleStore}
 * (a shared server), both behind {@link org.parley.core.ports.ArticleStore}. Open one with
 * {@link org.parley.store.ArticleStores#open(String)}. JDBC and Jackson types stay in this package.
 */
package org.parley.store;

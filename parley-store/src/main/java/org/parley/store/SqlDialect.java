package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The little that differs between the SQL databases Parley stores into; everything else (statements,
 * row mapping, transactions) is shared by {@link JdbcArticleStore}.
 *
 * @param name            the migrations folder under {@code org/parley/store/migrations/}
 * @param beginWrite      starts a write transaction
 * @param lockMigrations  run first in the migration transaction so that two processes opening a fresh
 *                        store do not both create it; null when {@code beginWrite} already excludes
 *                        other writers
 * @param skipLocked      ends a query that picks a row to claim, so a concurrent claim passes over it;
 *                        empty when {@code beginWrite} already excludes other writers
 * @param lockRewrites    run first in a write that deletes keyed rows and inserts them again (stories,
 *                        stable ids, retired ids), so that two writers doing it take turns; null when
 *                        {@code beginWrite} already excludes other writers
 */
record SqlDialect(String name, String beginWrite, String lockMigrations, String skipLocked, String lockRewrites) {

    /** {@code BEGIN IMMEDIATE} takes the write lock up front: a deferred transaction that reads and
     * then writes can fail with SQLITE_BUSY_SNAPSHOT, which no busy timeout retries. */
    static final SqlDialect SQLITE = new SqlDialect("sqlite", "BEGIN IMMEDIATE", null, "", null);

    static final SqlDialect POSTGRES = new SqlDialect("postgres", "BEGIN",
            "SELECT pg_advisory_xact_lock(72706172)", // a fixed key reserved for Parley migrations
            " FOR UPDATE SKIP LOCKED",
            // Under READ COMMITTED a second writer's DELETE does not see the first one's new rows, and
            // both can read the same story mark; with the lock the second reads what the first committed.
            "SELECT pg_advisory_xact_lock(72706173)"); // the key after the migrations' one

    /** Waits for the other writers' rewrites to commit, where {@code beginWrite} does not already. */
    void lockRewrites(Connection c) throws SQLException {
        if (lockRewrites != null) {
            try (Statement sql = c.createStatement()) {
                sql.execute(lockRewrites);
            }
        }
    }
}

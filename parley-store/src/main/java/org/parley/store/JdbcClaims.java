package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.parley.core.ports.AnnotationClaims;
import org.parley.model.AnnotatedText;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/**
 * One writer's claims on a SQL store's pending articles, kept on the article rows (migration V6:
 * {@code claimed_by}, {@code claim_expires} in epoch milliseconds of this machine's clock).
 *
 * <p>Each claim is one short write transaction that finds the first pending article without a live
 * lease and takes it. On SQLite the transaction holds the database's write lock from its start, so
 * two writers never see the same article free. On PostgreSQL the chosen row is locked
 * {@code FOR UPDATE SKIP LOCKED}: a concurrent claim passes over it to the next one, and one that
 * reaches it after the commit re-reads the row and sees it taken.
 *
 * <p>Design decision: the lease on the article row, not in a table of its own. PostgreSQL re-checks a
 * locked row's own columns after waiting, not a joined table's, so a claim kept elsewhere could be
 * taken twice by two transactions that started together.
 *
 * <p>The writers' clocks must roughly agree (within a fraction of the lease).
 */
final class JdbcClaims implements AnnotationClaims {

    private final JdbcArticleStore store;
    private final SqlDialect dialect;
    private final String owner;
    private final Duration lease;

    JdbcClaims(JdbcArticleStore store, SqlDialect dialect, String owner, Duration lease) {
        this.store = store;
        this.dialect = dialect;
        this.owner = owner;
        this.lease = lease;
    }

    @Override
    public Optional<ArticleId> claimNext() {
        return store.write("claim an article to annotate", c -> {
            long now = System.currentTimeMillis();
            ArticleId free = firstFree(c, now);
            if (free != null) {
                try (PreparedStatement take = c.prepareStatement(
                        "UPDATE articles SET claimed_by = ?, claim_expires = ? WHERE id = ?")) {
                    take.setString(1, owner);
                    take.setLong(2, now + lease.toMillis());
                    take.setString(3, free.value());
                    take.executeUpdate();
                }
            }
            return Optional.ofNullable(free);
        });
    }

    private ArticleId firstFree(Connection c, long now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM articles WHERE status = ? "
                + "AND (claim_expires IS NULL OR claim_expires < ?) ORDER BY seq LIMIT 1" + dialect.skipLocked())) {
            select.setString(1, ArticleStatus.STORED.name());
            select.setLong(2, now);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new ArticleId(rs.getString(1)) : null;
            }
        }
    }

    @Override
    public boolean saveAnnotation(ArticleId id, AnnotatedText annotation) {
        return store.saveClaimedAnnotation(id, owner, annotation);
    }

    @Override
    public void renew() {
        store.write("renew annotation claims", c -> {
            try (PreparedStatement renew = c.prepareStatement(
                    "UPDATE articles SET claim_expires = ? WHERE status = ? AND claimed_by = ?")) {
                renew.setLong(1, System.currentTimeMillis() + lease.toMillis());
                renew.setString(2, ArticleStatus.STORED.name());
                renew.setString(3, owner);
                return renew.executeUpdate();
            }
        });
    }

    @Override
    public void releaseAll() {
        store.write("give back annotation claims", c -> {
            try (PreparedStatement release = c.prepareStatement("UPDATE articles SET claimed_by = NULL, "
                    + "claim_expires = NULL WHERE status = ? AND claimed_by = ?")) {
                release.setString(1, ArticleStatus.STORED.name());
                release.setString(2, owner);
                return release.executeUpdate();
            }
        });
    }
}

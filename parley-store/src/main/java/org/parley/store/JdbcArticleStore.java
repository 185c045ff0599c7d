package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.parley.core.extract.ArticleFindings;
import org.parley.core.ports.AnnotationClaims;
import org.parley.core.ports.ArticleStore;
import org.parley.core.ports.FeedState;
import org.parley.core.ports.StorePage;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;

/**
 * An {@link ArticleStore} on a SQL database: the statements, the row mapping and the transactions
 * shared by {@link SqliteArticleStore} and {@link PostgresArticleStore}, which supply only a
 * {@link SqlDialect} and a way to open connections.
 *
 * <p>Thread safety: writes go through one connection, one at a time (a lock); reads use a small pool
 * of other connections and run concurrently with each other and with a write. Each write is one
 * database transaction, so another process sees an article whole or not at all. Processes that
 * annotate the same store take turns through {@link #annotationClaims}.
 *
 * <p>Design decision: no connection-pool library. A store needs one writer and a handful of readers,
 * and a pool would bring configuration and a dependency for nothing the deque below does not do.
 */
public abstract sealed class JdbcArticleStore implements ArticleStore
        permits SqliteArticleStore, PostgresArticleStore {

    /** Opens a new connection to the store's database, configured for it. */
    @FunctionalInterface
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static final int MAX_IDLE_READERS = 4;

    private final String description;
    private final SqlDialect dialect;
    private final ConnectionFactory connections;
    private final RecordJson json = new RecordJson();
    private final JdbcStories stories;
    private final JdbcIds ids;
    private final JdbcArticleRows rows;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingDeque<Connection> idleReaders = new LinkedBlockingDeque<>();
    private Connection writer; // guarded by writeLock
    private volatile boolean closed;

    JdbcArticleStore(String description, SqlDialect dialect, ConnectionFactory connections) {
        this.description = description;
        this.dialect = dialect;
        this.connections = connections;
        this.stories = new JdbcStories(json, dialect);
        this.ids = new JdbcIds(dialect);
        this.rows = new JdbcArticleRows(description, json);
        try {
            writer = connections.open();
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + description + ": " + e.getMessage(), e);
        }
        try {
            Migrations.migrate(writer, dialect, description);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("cannot prepare the schema of store " + description + ": " + e.getMessage(), e);
        }
    }

    /** Where this store is, for messages (a file path, or a JDBC URL without its password). */
    public String description() {
        return description;
    }

    /** The schema version this code reads and writes. */
    public static int schemaVersion() {
        return Migrations.CURRENT;
    }

    /** The feed followers' state kept in this store (tables of migration V7). */
    public FeedState feedState() {
        return new JdbcFeedState(this);
    }

    @Override
    public Put put(Article article) {
        return write("store article " + article.id(), c -> rows.insert(c, article));
    }

    /**
     * Puts many articles in one transaction: all of them are stored, or (on an error) none. Much faster
     * than one {@link #put} each when ingesting a batch. Results are in the order given; an article
     * whose URL matches an earlier one in the same batch becomes its newer version.
     */
    public List<Put> putAll(Collection<Article> articles) {
        return write("store " + articles.size() + " articles", c -> {
            List<Put> results = new ArrayList<>(articles.size());
            for (Article article : articles) {
                results.add(rows.insert(c, article));
            }
            return results;
        });
    }

    @Override
    public Optional<Article> article(ArticleId id) {
        return read("read article " + id, c -> {
            try (PreparedStatement select = c.prepareStatement(JdbcArticleRows.SELECT_ARTICLE + "WHERE a.id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rows.article(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return read("list articles", c -> {
            try (PreparedStatement select = c.prepareStatement(JdbcArticleRows.SELECT_ARTICLE + "ORDER BY a.seq LIMIT ? OFFSET ?")) {
                select.setInt(1, limit);
                select.setInt(2, offset);
                try (ResultSet rs = select.executeQuery()) {
                    List<Article> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(rows.article(rs));
                    }
                    return found;
                }
            }
        });
    }

    /** Seeks by {@code seq}, so a page costs the same wherever it starts (an offset rescans every row before it). */
    @Override
    public StorePage<Article> articlesAfter(StorePage.Cursor cursor, int limit) {
        return pageAfter("list articles", "SELECT a.seq, " + JdbcArticleRows.SELECT_ARTICLE.substring("SELECT ".length()),
                cursor, limit, rows::article);
    }

    @Override
    public List<ArticleId> idsWithStatus(ArticleStatus status) {
        return read("list " + status + " articles", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM articles WHERE status = ? ORDER BY seq")) {
                select.setString(1, status.name());
                return ids(select);
            }
        });
    }

    /** Ids of the stored versions of a URL, oldest first. */
    public List<ArticleId> versions(String url) {
        return read("list versions of " + url, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM articles WHERE url = ? ORDER BY seq")) {
                select.setString(1, url);
                return ids(select);
            }
        });
    }

    @Override
    public void saveAnnotation(ArticleId id, AnnotatedText annotation) {
        byte[] blob = json.annotation(annotation);
        write("save the annotation of article " + id, c -> {
            setStatus(c, id, ArticleStatus.ANNOTATED, null);
            upsertAnnotation(c, id, annotation.annotator(), blob);
            return null;
        });
    }

    /**
     * {@link #saveAnnotation}, only while {@code owner}'s claim on the article holds (see
     * {@link JdbcClaims}); false, nothing written, when another writer took the article over or
     * annotated it. On PostgreSQL the conditional update waits for a concurrent one on the row and
     * re-checks it, so of two writers racing to save one article exactly one wins.
     */
    boolean saveClaimedAnnotation(ArticleId id, String owner, AnnotatedText annotation) {
        byte[] blob = json.annotation(annotation);
        return write("save the annotation of article " + id, c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE articles SET status = ?, error = NULL, "
                    + "claimed_by = NULL, claim_expires = NULL WHERE id = ? AND status = ? AND claimed_by = ?")) {
                update.setString(1, ArticleStatus.ANNOTATED.name());
                update.setString(2, id.value());
                update.setString(3, ArticleStatus.STORED.name());
                update.setString(4, owner);
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            upsertAnnotation(c, id, annotation.annotator(), blob);
            return true;
        });
    }

    private static void upsertAnnotation(Connection c, ArticleId id, String annotator, byte[] blob) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO annotations "
                + "(article_id, annotator, annotation, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (article_id) "
                + "DO UPDATE SET annotator = excluded.annotator, annotation = excluded.annotation, "
                + "saved_at = excluded.saved_at, writes = annotations.writes + 1")) {
            upsert.setString(1, id.value());
            upsert.setString(2, annotator);
            upsert.setBytes(3, blob);
            upsert.setString(4, Instant.now().toString());
            upsert.executeUpdate();
        }
    }

    /** How many times the annotation of an article was written: 0 before it is annotated, then 1 unless redone. */
    public int annotationWrites(ArticleId id) {
        return read("count the annotation writes of article " + id, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT writes FROM annotations WHERE article_id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Claims kept on the article rows, so the writers of every process sharing this store take turns. */
    @Override
    public Optional<AnnotationClaims> annotationClaims(String owner, Duration lease) {
        return Optional.of(new JdbcClaims(this, dialect, owner, lease));
    }

    @Override
    public Optional<AnnotatedText> annotation(ArticleId id) {
        return read("read the annotation of article " + id, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT annotation FROM annotations WHERE article_id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(json.annotation(rs.getBytes(1)));
                    } catch (IOException | RuntimeException e) {
                        throw new StoreException("store " + description + ": the annotation of article " + id
                                + " is unreadable: " + e.getMessage(), e);
                    }
                }
            }
        });
    }

    @Override
    public void saveFindings(ArticleFindings findings, String extractor) {
        byte[] blob = json.findings(findings);
        write("save the findings of article " + findings.article(), c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO findings "
                    + "(article_id, extractor, findings, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (article_id) "
                    + "DO UPDATE SET extractor = excluded.extractor, findings = excluded.findings, "
                    + "saved_at = excluded.saved_at")) {
                upsert.setString(1, findings.article().value());
                upsert.setString(2, extractor);
                upsert.setBytes(3, blob);
                upsert.setString(4, Instant.now().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<ArticleFindings> findings(ArticleId id) {
        return read("read the findings of article " + id, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT findings FROM findings WHERE article_id = ?")) {
                select.setString(1, id.value());
                List<ArticleFindings> found = findingsOf(select);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<ArticleFindings> findings(int offset, int limit) {
        return read("list findings", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT f.findings FROM findings f "
                    + "JOIN articles a ON a.id = f.article_id ORDER BY a.seq LIMIT ? OFFSET ?")) {
                select.setInt(1, limit);
                select.setInt(2, offset);
                return findingsOf(select);
            }
        });
    }

    /** Seeks by the articles' {@code seq}, as {@link #articlesAfter}. */
    @Override
    public StorePage<ArticleFindings> findingsAfter(StorePage.Cursor cursor, int limit) {
        return pageAfter("list findings", "SELECT a.seq, f.findings FROM findings f JOIN articles a ON a.id = f.article_id ",
                cursor, limit, rs -> findings(rs.getBytes("findings")));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows of {@code select} (which names {@code a.seq}) after the cursor's seq, the cursor becoming the last row's. */
    private <T> StorePage<T> pageAfter(String what, String select, StorePage.Cursor cursor, int limit, RowReader<T> row) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return read(what, c -> {
            try (PreparedStatement page = c.prepareStatement(select + "WHERE a.seq > ? ORDER BY a.seq LIMIT ?")) {
                page.setLong(1, cursor.position());
                page.setInt(2, limit);
                List<T> items = new ArrayList<>();
                long last = cursor.position();
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong("seq");
                        items.add(row.read(rs));
                    }
                }
                return new StorePage<>(items, new StorePage.Cursor(last));
            }
        });
    }

    private ArticleFindings findings(byte[] gzippedJson) {
        try {
            return json.findings(gzippedJson);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("store " + description + ": stored findings are unreadable: " + e.getMessage(), e);
        }
    }

    private List<ArticleFindings> findingsOf(PreparedStatement select) throws SQLException {
        List<ArticleFindings> out = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                out.add(findings(rs.getBytes(1)));
            }
        }
        return out;
    }

    @Override
    public List<ArticleId> idsNeedingFindings(String extractor) {
        return read("list articles needing findings", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT a.id FROM articles a "
                    + "LEFT JOIN findings f ON f.article_id = a.id "
                    + "WHERE a.status = ? AND (f.article_id IS NULL OR f.extractor <> ?) ORDER BY a.seq")) {
                select.setString(1, ArticleStatus.ANNOTATED.name());
                select.setString(2, extractor);
                return ids(select);
            }
        });
    }

    @Override
    public Map<String, Set<String>> stableIds(IdKind kind) {
        return read("read the stable " + what(kind) + " ids", c -> ids.stable(c, kind));
    }

    @Override
    public void saveStableIds(IdKind kind, Map<String, Set<String>> assignment) {
        write("save " + assignment.size() + " stable " + what(kind) + " ids", c -> {
            ids.saveStable(c, kind, assignment);
            return null;
        });
    }


    @Override
    public Optional<SavedStories> savedStories() {
        return read("read the saved stories", stories::saved);
    }

    @Override
    public boolean saveStories(StoryUpdate update) {
        return write("save " + update.added().size() + " stories", c -> stories.save(c, update));
    }

    @Override
    public void forEachStoryEvidence(java.util.function.Consumer<org.parley.core.cluster.StoryEvidence> action) {
        read("read the story evidence", c -> {
            stories.forEachEvidence(c, action);
            return null;
        });
    }

    @Override
    public List<ArticleId> idsNeedingStoryEvidence() {
        return read("list articles needing story evidence", stories::needingEvidence);
    }

    @Override
    public Map<String, String> retiredIds(IdKind kind) {
        return read("read the retired " + what(kind) + " ids", c -> ids.retired(c, kind));
    }

    @Override
    public void retireIds(IdKind kind, Map<String, String> successors) {
        if (successors.isEmpty()) {
            return;
        }
        write("retire " + successors.size() + " " + what(kind) + " ids", c -> {
            ids.retire(c, kind, successors);
            return null;
        });
    }

    private static String what(IdKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }


    @Override
    public void markFailed(ArticleId id, String error) {
        write("mark article " + id + " failed", c -> {
            setStatus(c, id, ArticleStatus.FAILED, error);
            return null;
        });
    }

    @Override
    public long count() {
        return read("count articles", c -> {
            try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public String changeMark() {
        // Counts and the newest findings time: an ingest adds rows, a re-extraction rewrites saved_at.
        return read("read the change mark", c -> {
            try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT "
                    + "(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM findings), "
                    + "(SELECT MAX(saved_at) FROM findings)")) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getString(3);
            }
        });
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(writer);
            drainReaders();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + description + "]";
    }

    /** Runs {@code work} on a pooled read connection (auto-commit: each statement sees one snapshot). */
    <T> T read(String what, SqlWork<T> work) {
        ensureOpen();
        Connection c = idleReaders.pollFirst();
        boolean reusable = true;
        try {
            if (c == null) {
                c = connections.open();
            }
            return work.apply(c);
        } catch (SQLException e) {
            reusable = isValid(c);
            throw new StoreException("store " + description + ": cannot " + what + ": " + e.getMessage(), e);
        } finally {
            if (c != null) {
                if (reusable && !closed && idleReaders.size() < MAX_IDLE_READERS) {
                    idleReaders.offerFirst(c);
                    if (closed) { // close() ran meanwhile and may have missed it
                        drainReaders();
                    }
                } else {
                    closeQuietly(c);
                }
            }
        }
    }

    /** Runs {@code work} in one write transaction on the writer connection. */
    <T> T write(String what, SqlWork<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            if (writer == null) {
                writer = connections.open();
            }
            try (Statement sql = writer.createStatement()) {
                sql.execute(dialect.beginWrite());
                try {
                    T result = work.apply(writer);
                    sql.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        sql.execute("ROLLBACK");
                    } catch (SQLException rollbackFailed) {
                        e.addSuppressed(rollbackFailed);
                    }
                    throw e;
                }
            }
        } catch (SQLException e) {
            if (!isValid(writer)) { // e.g. the server restarted: reconnect on the next write
                closeQuietly(writer);
                writer = null;
            }
            throw new StoreException("store " + description + ": cannot " + what + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }


    private void setStatus(Connection c, ArticleId id, ArticleStatus status, String error) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE articles SET status = ?, error = ?, "
                + "claimed_by = NULL, claim_expires = NULL WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, error);
            update.setString(3, id.value());
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("store " + description + " has no article " + id);
            }
        }
    }

    private static List<ArticleId> ids(PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            List<ArticleId> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(new ArticleId(rs.getString(1)));
            }
            return ids;
        }
    }


    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + description + " is closed");
        }
    }

    private void drainReaders() {
        Connection c;
        while ((c = idleReaders.pollFirst()) != null) {
            closeQuietly(c);
        }
    }

    private static boolean isValid(Connection c) {
        try {
            return c != null && c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort: the connection is being discarded either way
            }
        }
    }
}

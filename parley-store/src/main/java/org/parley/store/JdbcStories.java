package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.ports.ArticleStore;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * The statements of the stored story assignment (migration V5: {@code stories}, {@code story_state},
 * {@code story_evidence}, with V3's {@code story_ids} and V4's {@code retired_ids}), on a connection
 * the caller holds: {@link JdbcArticleStore} runs them in its read and write transactions. The same
 * SQL on SQLite and PostgreSQL. Thread-safe (holds only the JSON mapper and the dialect).
 */
final class JdbcStories {
    private static final int BATCH = 1000;

    private final RecordJson json;
    private final SqlDialect dialect;

    JdbcStories(RecordJson json, SqlDialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    Optional<ArticleStore.SavedStories> saved(Connection c) throws SQLException {
        String mark;
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT mark FROM story_state WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            mark = rs.getString(1);
        }
        List<Story> stories = new ArrayList<>();
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT story FROM stories")) {
            while (rs.next()) {
                stories.add(json.read(rs.getString(1), Story.class));
            }
        }
        stories.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Story::id));
        return Optional.of(new ArticleStore.SavedStories(stories, mark));
    }

    /** Writes the step, in the caller's transaction; false (nothing written) when the saved mark is not its basis. */
    boolean save(Connection c, ArticleStore.StoryUpdate update) throws SQLException {
        dialect.lockRewrites(c);
        String savedMark = null;
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT mark FROM story_state WHERE id = 1")) {
            if (rs.next()) {
                savedMark = rs.getString(1);
            }
        }
        if (!java.util.Objects.equals(savedMark, update.basedOn())) {
            return false;
        }
        try (Statement sql = c.createStatement()) {
            if (update.replaceAll()) {
                sql.executeUpdate("DELETE FROM stories");
                sql.executeUpdate("DELETE FROM story_ids");
            }
            sql.executeUpdate("DELETE FROM story_state");
        }
        try (PreparedStatement story = c.prepareStatement("DELETE FROM stories WHERE story_id = ?");
             PreparedStatement members = c.prepareStatement("DELETE FROM story_ids WHERE story_id = ?")) {
            for (String id : update.removed()) {
                story.setString(1, id);
                story.addBatch();
                members.setString(1, id);
                members.addBatch();
            }
            story.executeBatch();
            members.executeBatch();
        }
        try (PreparedStatement story = c.prepareStatement("INSERT INTO stories (story_id, date, story) VALUES (?, ?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO story_ids (story_id, article_id) VALUES (?, ?)")) {
            int pending = 0;
            for (Story s : update.added()) {
                story.setString(1, s.id());
                story.setString(2, s.date());
                story.setString(3, json.write(s));
                story.addBatch();
                for (ArticleId a : s.articles()) {
                    member.setString(1, s.id());
                    member.setString(2, a.value());
                    member.addBatch();
                }
                if (++pending == BATCH) {
                    story.executeBatch();
                    member.executeBatch();
                    pending = 0;
                }
            }
            story.executeBatch();
            member.executeBatch();
        }
        retire(c, ArticleStore.IdKind.STORY, update.retired());
        saveEvidence(c, update.evidence());
        try (PreparedStatement state = c.prepareStatement("INSERT INTO story_state (id, mark) VALUES (1, ?)")) {
            state.setString(1, update.mark());
            state.executeUpdate();
        }
        return true;
    }

    // The basis is the saved_at of the findings as they are in this transaction.
    private void saveEvidence(Connection c, List<StoryEvidence> evidence) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM story_evidence WHERE article_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO story_evidence (article_id, basis, evidence) "
                     + "SELECT article_id, saved_at, ? FROM findings WHERE article_id = ?")) {
            int pending = 0;
            for (StoryEvidence e : evidence) {
                delete.setString(1, e.article().value());
                delete.addBatch();
                insert.setBytes(1, json.gzipJson(e));
                insert.setString(2, e.article().value());
                insert.addBatch();
                if (++pending == BATCH) {
                    delete.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    /** Records retired ids: delete + insert rather than a dialect's upsert, the same statements on SQLite and PostgreSQL; the caller holds {@link SqlDialect#lockRewrites}. */
    static void retire(Connection c, ArticleStore.IdKind kind, Map<String, String> successors) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM retired_ids WHERE kind = ? AND retired_id = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO retired_ids (kind, retired_id, successor_id) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : new TreeMap<>(successors).entrySet()) {
                delete.setString(1, kind.name());
                delete.setString(2, e.getKey());
                delete.addBatch();
                insert.setString(1, kind.name());
                insert.setString(2, e.getKey());
                insert.setString(3, e.getValue());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    void forEachEvidence(Connection c, Consumer<StoryEvidence> action) throws SQLException {
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT e.evidence FROM story_evidence e "
                + "JOIN articles a ON a.id = e.article_id ORDER BY a.seq")) {
            while (rs.next()) {
                action.accept(json.gunzipJson(rs.getBytes(1), StoryEvidence.class));
            }
        }
    }

    List<ArticleId> needingEvidence(Connection c) throws SQLException {
        List<ArticleId> out = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT a.id FROM articles a JOIN findings f ON f.article_id = a.id "
                + "LEFT JOIN story_evidence e ON e.article_id = a.id "
                + "WHERE a.status = 'ANNOTATED' AND (e.article_id IS NULL OR e.basis <> f.saved_at) ORDER BY a.seq");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleId(rs.getString(1)));
            }
        }
        return out;
    }
}

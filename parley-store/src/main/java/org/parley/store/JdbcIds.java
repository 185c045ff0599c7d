package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.core.ports.ArticleStore.IdKind;

/**
 * The statements of stable story and event ids (migration V3: {@code story_ids}, {@code event_ids})
 * and of retired ids (V4: {@code retired_ids}), on a connection the caller holds: {@link JdbcArticleStore}
 * runs them in its read and write transactions. The same SQL on SQLite and PostgreSQL. Thread-safe.
 */
final class JdbcIds {
    private static final int BATCH = 1000;

    private final SqlDialect dialect;

    JdbcIds(SqlDialect dialect) {
        this.dialect = dialect;
    }

    Map<String, Set<String>> stable(Connection c, IdKind kind) throws SQLException {
        IdTable table = IdTable.of(kind);
        Map<String, Set<String>> out = new TreeMap<>();
        try (Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT " + table.id + ", " + table.member + " FROM " + table.name)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** Replaces the whole assignment, in the caller's transaction (holding the rewrite lock: see {@link SqlDialect#lockRewrites}). */
    void saveStable(Connection c, IdKind kind, Map<String, Set<String>> assignment) throws SQLException {
        IdTable table = IdTable.of(kind);
        dialect.lockRewrites(c);
        try (Statement sql = c.createStatement()) {
            sql.executeUpdate("DELETE FROM " + table.name);
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + table.name + " (" + table.id + ", " + table.member + ") VALUES (?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Set<String>> e : new TreeMap<>(assignment).entrySet()) {
                for (String member : new TreeSet<>(e.getValue())) {
                    insert.setString(1, e.getKey());
                    insert.setString(2, member);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    Map<String, String> retired(Connection c, IdKind kind) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT retired_id, successor_id FROM retired_ids WHERE kind = ?")) {
            select.setString(1, kind.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Records each retired id's successor, in the caller's transaction (holding the rewrite lock). */
    void retire(Connection c, IdKind kind, Map<String, String> successors) throws SQLException {
        dialect.lockRewrites(c);
        JdbcStories.retire(c, kind, successors);
    }

    /** The table (see migration V3) that holds one kind of stable ids. */
    private enum IdTable {
        STORY("story_ids", "story_id", "article_id", "story"),
        EVENT("event_ids", "event_id", "mention_key", "event");

        final String name;
        final String id;
        final String member;
        final String what;

        IdTable(String name, String id, String member, String what) {
            this.name = name;
            this.id = id;
            this.member = member;
            this.what = what;
        }

        static IdTable of(IdKind kind) {
            return switch (kind) {
                case STORY -> STORY;
                case EVENT -> EVENT;
            };
        }
    }
}

package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The store schema's history: versioned SQL scripts under
 * {@code org/parley/store/migrations/<dialect>/V<n>__<name>.sql}, applied in order at open, each
 * recorded in {@code schema_version}.
 *
 * <p>To change the schema, add the next script for every dialect and append its name to
 * {@link #SCRIPTS}; never edit a released script.
 *
 * <p>Design decision: a script's version is the number in its name, and a store gets every script it
 * has not recorded, not only those above its highest version. Changes made side by side take numbers
 * ahead of time (V7 was written while V6 was in the making), so a store may have run V7 before V6
 * exists; when V6 arrives it still runs. Scripts must therefore not depend on the ones numbered
 * just before them unless those were released first.
 */
final class Migrations {

    /** The scripts in version order; {@code V<n>__name} is version n. */
    static final List<String> SCRIPTS = List.of("V1__articles", "V2__findings", "V3__stable_ids", "V4__retired_ids",
            "V5__stories", "V6__annotation_claims", "V7__feeds");

    /** The schema version this code reads and writes: the highest script's. */
    static final int CURRENT = version(SCRIPTS.get(SCRIPTS.size() - 1));

    private Migrations() {
    }

    /**
     * Brings the schema to {@link #CURRENT} in one transaction on {@code connection} (which must be
     * in auto-commit mode), or refuses a store whose schema is newer than this code.
     *
     * @return the version the store had before, 0 for a new store
     */
    static int migrate(Connection connection, SqlDialect dialect, String store) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(dialect.beginWrite());
            try {
                if (dialect.lockMigrations() != null) {
                    sql.execute(dialect.lockMigrations());
                }
                sql.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
                Set<Integer> applied = new HashSet<>();
                try (ResultSet rs = sql.executeQuery("SELECT version FROM schema_version")) {
                    while (rs.next()) {
                        applied.add(rs.getInt(1));
                    }
                }
                int found = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
                if (found > CURRENT) {
                    throw new StoreException("store " + store + ": store schema " + found
                            + " is newer than this Parley (" + CURRENT + "): upgrade Parley");
                }
                for (String script : SCRIPTS) {
                    int version = version(script);
                    if (applied.contains(version)) {
                        continue;
                    }
                    for (String statement : statements(read(dialect, script))) {
                        sql.execute(statement);
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                        record.setInt(1, version);
                        record.setString(2, script);
                        record.setString(3, Instant.now().toString());
                        record.executeUpdate();
                    }
                }
                sql.execute("COMMIT");
                return found;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(sql, e);
                throw e;
            }
        }
    }

    /** The version a script's name gives: {@code V7__feeds} is 7. */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static void rollbackQuietly(Statement sql, Exception cause) {
        try {
            sql.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }

    private static String read(SqlDialect dialect, String script) {
        String resource = "migrations/" + dialect.name() + "/" + script + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource org/parley/store/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration org/parley/store/" + resource, e);
        }
    }

    /** Splits a script at semicolons that end a line, dropping {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }
}

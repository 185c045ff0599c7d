package org.parley.engine.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code parley export parquet DIR}: {@code events.parquet}, {@code mentions.parquet},
 * {@code stories.parquet}, {@code commitments.parquet} and {@code articles.parquet} (the tables of
 * {@link ParquetRows}), written by an in-memory DuckDB, plus {@code manifest.json}.
 *
 * <p>Design decision: DuckDB rather than parquet-java. It is already Parley's Parquet reader
 * ({@code parley import-parquet}), and writing through SQL ({@code COPY ... TO ... (FORMAT PARQUET)})
 * needs none of Hadoop's classes that parquet-java's writer pulls in.
 */
public final class ParquetExport {

    /** Writes the five tables and the manifest into {@code dir} (created when absent); returns the manifest. */
    public ExportManifest write(ExportData data, Path dir, ExportRun run) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<ExportManifest.Table> written = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            for (ParquetRows table : ParquetRows.TABLES) {
                List<List<Object>> rows = table.rows().apply(data);
                create(db, table);
                insert(db, table, rows);
                String file = table.name() + ".parquet";
                try (Statement copy = db.createStatement()) {
                    copy.execute("COPY " + table.name() + " TO '" + sqlString(dir.resolve(file)) + "' (FORMAT PARQUET)");
                }
                written.add(new ExportManifest.Table(file, rows.size(), table.columns()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Parquet export to " + dir + ": " + e.getMessage(), e);
        }
        ExportManifest manifest = new ExportManifest("parquet", run, written);
        manifest.write(dir);
        return manifest;
    }

    private static void create(Connection db, ParquetRows table) throws SQLException {
        String columns = table.columns().stream().map(c -> quoted(c.name()) + " " + sqlType(c))
                .collect(Collectors.joining(", "));
        try (Statement create = db.createStatement()) {
            create.execute("CREATE TABLE " + table.name() + " (" + columns + ")");
        }
    }

    private static void insert(Connection db, ParquetRows table, List<List<Object>> rows) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table.name() + " VALUES (" + marks + ")")) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    Object cell = row.get(i);
                    insert.setObject(i + 1, cell instanceof List<?> list
                            ? db.createArrayOf("VARCHAR", list.toArray()) : cell);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String sqlType(Column c) {
        return switch (c.type()) {
            case "INTEGER" -> "INTEGER";
            case "BOOLEAN" -> "BOOLEAN";
            case "STRING[]" -> "VARCHAR[]";
            default -> "VARCHAR";
        };
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }

    private static String sqlString(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}

package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file, {@value #FILE_NAME}, in a store folder.
 *
 * <p>Several processes may use one store folder at once: one writes while others read. The file is in
 * WAL mode, so readers never block the writer and see only committed articles; a connection that
 * finds the database locked waits up to {@value #BUSY_TIMEOUT_MS} ms instead of failing.
 *
 * <p>Design decision: {@code synchronous=NORMAL}, not {@code FULL}. In WAL mode NORMAL syncs the log
 * only at checkpoints, so a committed article survives a crash or {@code kill -9} of the process (the
 * operating system still holds the written pages; {@code SqliteCrashIT} checks it) and can be lost
 * only to a power cut or kernel crash, which rolls the store back to an earlier consistent state,
 * never a torn one. Re-running an ingest restores what was lost, because puts are idempotent. FULL
 * costs an fsync per commit, i.e. per {@link #put}.
 */
public final class SqliteArticleStore extends JdbcArticleStore {

    /** The database file inside a store folder. */
    public static final String FILE_NAME = "parley.db";

    static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;

    private SqliteArticleStore(Path file, SQLiteConfig config) {
        super(file.toString(), SqlDialect.SQLITE,
                () -> JDBC.createConnection("jdbc:sqlite:" + file, config.toProperties()));
        this.file = file;
    }

    /**
     * Opens the store in {@code folder}, creating the folder and an empty store when missing.
     *
     * @throws StoreException when the folder cannot be created, the file is not a Parley store, or its
     *                        schema is newer than this code
     */
    public static SqliteArticleStore open(Path folder) {
        return open(folder, SQLiteConfig.SynchronousMode.NORMAL);
    }

    /** Opens with another durability setting, to measure what {@code synchronous=NORMAL} saves. */
    static SqliteArticleStore open(Path folder, SQLiteConfig.SynchronousMode synchronous) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("store folder " + folder + " is a file; give the folder that holds " + FILE_NAME);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + folder + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(synchronous);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        return new SqliteArticleStore(folder.resolve(FILE_NAME).toAbsolutePath(), config);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** SQLite's {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound file, else the problems found. */
    public List<String> integrityCheck() {
        return read("check integrity", c -> {
            try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("PRAGMA integrity_check")) {
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
                return lines;
            }
        });
    }
}

package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteConnection;

/**
 * Copies of the embedded store, made and put back with SQLite's online backup API while other
 * processes may be using the store.
 *
 * <p>{@link #backup} copies the store as it is at one moment: the whole copy is one backup step, so
 * it reads the database in one read transaction, which in WAL mode never blocks a writer and sees
 * no write that commits meanwhile. The copy is written beside its final name and moved there when
 * complete, so an interrupted backup leaves no file that looks like a store.
 *
 * <p>{@link #restore} writes a backup over a store's database through SQLite (not a file copy), so
 * the store's write-ahead log cannot be replayed onto the restored pages; then opens the result,
 * which migrates a backup made by an older Parley to the current schema. Stop the processes that
 * use the store first: they would keep reading what they had cached.
 */
public final class SqliteBackups {

    private static final String PARTIAL = SqliteArticleStore.FILE_NAME + ".partial";

    private SqliteBackups() {
    }

    /**
     * Copies the live store {@code store} into a new store folder {@code destination}.
     *
     * @return the number of articles in the copy
     * @throws StoreException when {@code destination} already holds a store or the copy fails
     */
    public static long backup(SqliteArticleStore store, Path destination) {
        Path target = destination.resolve(SqliteArticleStore.FILE_NAME);
        if (Files.exists(target)) {
            throw new StoreException("backup destination " + destination + " already holds a store; name a new folder");
        }
        try {
            Files.createDirectories(destination);
            Path partial = destination.resolve(PARTIAL);
            Files.deleteIfExists(partial);
            int code = store.read("back up to " + destination, c -> c.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", partial.toString(), null, 100, 3, -1)); // -1: all pages in one step, one snapshot
            if (code != 0) {
                throw new StoreException("backup of " + store.description() + " failed: SQLite error " + code);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write backup " + destination + ": " + e.getMessage(), e);
        }
        try (SqliteArticleStore copy = SqliteArticleStore.open(destination)) {
            return copy.count();
        }
    }

    /**
     * Replaces the store in {@code storeFolder} with the backup in {@code backup} (a store folder or
     * its database file), refusing a store that holds articles unless {@code replace}.
     *
     * @return the number of articles in the restored store
     * @throws StoreException when the backup is missing or unreadable, or the store is not empty
     */
    public static long restore(Path backup, Path storeFolder, boolean replace) {
        Path source = Files.isDirectory(backup) ? backup.resolve(SqliteArticleStore.FILE_NAME) : backup;
        if (!Files.isRegularFile(source)) {
            throw new StoreException("no backup at " + backup + " (expected a store folder holding "
                    + SqliteArticleStore.FILE_NAME + ", or that file)");
        }
        try (SqliteArticleStore store = SqliteArticleStore.open(storeFolder)) {
            if (store.count() > 0 && !replace) {
                throw new StoreException("store " + storeFolder + " holds " + store.count()
                        + " articles; restore over it with --replace");
            }
            int code = store.read("restore from " + backup, c -> c.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", source.toAbsolutePath().toString(), null, 100, 3, -1));
            if (code != 0) {
                throw new StoreException("restore of " + storeFolder + " from " + backup + " failed: SQLite error " + code);
            }
        }
        try (SqliteArticleStore restored = SqliteArticleStore.open(storeFolder)) {
            var problems = restored.integrityCheck();
            if (!problems.equals(java.util.List.of("ok"))) {
                throw new StoreException("restored store " + storeFolder + " fails its integrity check: " + problems);
            }
            return restored.count();
        }
    }
}

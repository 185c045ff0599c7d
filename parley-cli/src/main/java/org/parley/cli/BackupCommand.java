package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.ArticleStores;
import org.parley.store.JdbcArticleStore;
import org.parley.store.SqliteArticleStore;
import org.parley.store.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley backup DEST}: a consistent copy of the embedded store, also while an ingest runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the store into a new store folder DEST with SQLite's online backup API: the copy is "
                + "the store at one moment, and ingests and the server may go on meanwhile. DEST is itself a "
                + "store (`--store DEST` reads it); `parley restore DEST` puts it back. For a PostgreSQL store, "
                + "use pg_dump."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(paramLabel = "DEST", description = "A new folder for the copy.")
    Path destination;

    @Override
    public Integer call() {
        try (JdbcArticleStore articles = ArticleStores.open(store.location())) {
            if (!(articles instanceof SqliteArticleStore sqlite)) {
                System.err.println("parley: backup copies the embedded store; back up PostgreSQL with pg_dump");
                return ExitCode.ERROR;
            }
            long count = SqliteBackups.backup(sqlite, destination);
            System.out.println("backed up " + count + " articles to " + destination);
            return ExitCode.OK;
        }
    }
}

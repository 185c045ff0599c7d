package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley restore SRC}: puts a backup made by {@code parley backup} back as the store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores the store from a backup made by `parley backup` (its folder, or the parley.db in it), "
                + "then migrates it if an older Parley made it. Refuses a store that holds articles unless --replace. "
                + "Stop the ingests and the server using the store first."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(paramLabel = "SRC", description = "The backup: a folder made by `parley backup`, or its parley.db.")
    Path source;

    @Option(names = "--replace", description = "Replace a store that already holds articles.")
    boolean replace;

    @Override
    public Integer call() {
        String location = store.location();
        if (location.startsWith("jdbc:")) {
            System.err.println("parley: restore writes an embedded store folder; restore PostgreSQL with pg_restore");
            return ExitCode.ERROR;
        }
        long count = SqliteBackups.restore(source, Path.of(location), replace);
        System.out.println("restored " + count + " articles into " + location);
        return ExitCode.OK;
    }
}

package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR|JDBC-URL}, shared by every command; defaults to {@code $PARLEY_STORE}, else {@code ./parley-data}. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR|JDBC-URL",
            description = "Store folder (embedded SQLite) or a jdbc:postgresql: URL. Default: $PARLEY_STORE, else ./parley-data.")
    String store;

    String location() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        String env = System.getenv("PARLEY_STORE");
        return env != null && !env.isBlank() ? env : Path.of("parley-data").toString();
    }
}

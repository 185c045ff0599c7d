package org.parley.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link TwoWritersContract} on the embedded store: writer processes sharing one SQLite file. */
class SqliteTwoWritersIT extends TwoWritersContract {

    @TempDir
    Path temp;

    @Override
    String emptyLocation() {
        return temp.resolve("store").toString();
    }

    @Override
    int writers() {
        return 2;
    }
}

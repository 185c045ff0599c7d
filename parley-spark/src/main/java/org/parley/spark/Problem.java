package org.parley.spark;

import java.io.Serializable;
import org.parley.model.Origin;

/**
 * A record the job could not use, and why; one row of the {@code errors} table.
 *
 * @param path    the file as given (a Hadoop path or URI)
 * @param record  the record in the file ({@code line 3}, {@code record 2}), or null for the whole file
 * @param stage   where it failed: {@code read}, {@code clean}, {@code annotate}, {@code extract}
 * @param problem the reason, in words
 */
record Problem(String path, String record, String stage, String problem) implements Serializable {

    static Problem of(Origin origin, String stage, String problem) {
        return new Problem(origin.path(), origin.record(), stage, problem);
    }

    String describe() {
        return (record == null ? path : path + " (" + record + ")") + ": " + stage + ": " + problem;
    }
}

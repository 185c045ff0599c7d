package org.parley.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.core.data.DataFileException;

/** Indexes the rows of this package's word tables by their word, each word once. */
final class WordTables {

    private WordTables() {
    }

    /** The rows by key; a key listed twice in {@code source} is a {@link DataFileException}. */
    static <T> Map<String, T> unique(String source, List<T> rows, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>();
        for (T row : rows) {
            if (byKey.put(key.apply(row), row) != null) {
                throw new DataFileException(source + " lists '" + key.apply(row) + "' twice");
            }
        }
        return Map.copyOf(byKey);
    }
}

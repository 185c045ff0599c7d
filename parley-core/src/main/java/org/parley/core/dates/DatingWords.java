package org.parley.core.dates;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The word lists of {@code dating-words.tsv} (one list a row: name, {@code |}-separated words,
 * what it is for), read once; {@link #alternatives} quotes a list for a regular expression.
 * Immutable and thread-safe.
 */
final class DatingWords {

    private static final String RESOURCE = "dating-words.tsv";
    private static final Map<String, List<String>> LISTS = TsvRows.bundled(DatingWords.class, RESOURCE, 3,
            row -> Map.entry(row.cell(0), row.list(1))).stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private DatingWords() {
    }

    /**
     * The words of list {@code name}, in file order.
     *
     * @throws DataFileException when the bundled file has no such list
     */
    static List<String> of(String name) {
        List<String> words = LISTS.get(name);
        if (words == null) {
            throw new DataFileException(RESOURCE + " has no list '" + name + "'");
        }
        return words;
    }

    /** The words of list {@code name}, quoted and joined by {@code |} for a regular expression. */
    static String alternatives(String name) {
        return of(name).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}

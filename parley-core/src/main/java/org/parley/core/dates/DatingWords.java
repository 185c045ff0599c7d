package org.parley.core.dates;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.core.data.DataFileException;
import org.parley.core.data.WordLists;

/**
 * The word lists of {@code dating-words.tsv} (one list a row: name, {@code |}-separated words,
 * what it is for), read once; {@link #alternatives} quotes a list for a regular expression.
 * Immutable and thread-safe.
 */
final class DatingWords {

    private static final WordLists LISTS = WordLists.bundled(DatingWords.class, "dating-words.tsv");

    private DatingWords() {
    }

    /**
     * The words of list {@code name}, in file order.
     *
     * @throws DataFileException when the bundled file has no such list
     */
    static List<String> of(String name) {
        return LISTS.of(name);
    }

    /** The words of list {@code name}, quoted and joined by {@code |} for a regular expression. */
    static String alternatives(String name) {
        return of(name).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}

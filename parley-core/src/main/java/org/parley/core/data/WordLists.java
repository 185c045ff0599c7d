package org.parley.core.data;

import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Named word lists read from a TSV file of one list a row: name, {@code |}-separated words, and
 * what the list is for (see {@link TsvRows} for comments and error reporting). A list name given
 * twice, or a word given twice in one list, is a malformed row. Immutable and thread-safe.
 *
 * @param source the file's name, for messages
 * @param lists  each list's words by name, in file order
 */
public record WordLists(String source, Map<String, List<String>> lists) {

    private static final int COLUMNS = 3;

    public WordLists {
        lists = Map.copyOf(lists);
    }

    /** The lists bundled as {@code name} beside {@code anchor}; read once by the caller and kept. */
    public static WordLists bundled(Class<?> anchor, String name) {
        return new WordLists(name, TsvRows.bundledByKey(anchor, name, COLUMNS, WordLists::words));
    }

    /** The lists of {@code reader}. */
    public static WordLists parse(Reader reader, String source) {
        return new WordLists(source, TsvRows.parseByKey(reader, source, COLUMNS, WordLists::words));
    }

    private static List<String> words(TsvRows.Row row) {
        List<String> words = row.list(1);
        if (new HashSet<>(words).size() != words.size()) {
            throw new IllegalArgumentException("list '" + row.cell(0) + "' gives a word twice");
        }
        return words;
    }

    /**
     * The words of list {@code name}, in file order.
     *
     * @throws DataFileException when there is no such list (a misspelt name in code fails on first use)
     */
    public List<String> of(String name) {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new DataFileException(source + " has no list '" + name + "'");
        }
        return words;
    }
}

package org.parley.core.extract.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The word lists of the commitment frames, read once from the bundled {@code commitment-words.tsv}
 * (one list a row: name, {@code |}-separated words, what it is for). Immutable and thread-safe.
 */
final class CommitmentWords {

    private static final String RESOURCE = "commitment-words.tsv";
    private static final Map<String, Set<String>> LISTS = load();

    private CommitmentWords() {
    }

    /**
     * The list named {@code name}.
     *
     * @throws DataFileException when the bundled file has no such list
     */
    static Set<String> of(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new DataFileException(RESOURCE + " has no list '" + name + "'");
        }
        return words;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        List<Map.Entry<String, Set<String>>> rows = TsvRows.bundled(CommitmentWords.class, RESOURCE, 3,
                row -> Map.entry(row.cell(0), Set.copyOf(row.list(1))));
        rows.forEach(e -> lists.put(e.getKey(), e.getValue()));
        return Map.copyOf(lists);
    }
}

package org.parley.core.extract.commitments;

import java.util.Set;
import org.parley.core.data.DataFileException;
import org.parley.core.data.WordLists;

/**
 * The word lists of the commitment frames, read once from the bundled {@code commitment-words.tsv}
 * (one list a row: name, {@code |}-separated words, what it is for). Immutable and thread-safe.
 */
final class CommitmentWords {

    private static final WordLists LISTS = WordLists.bundled(CommitmentWords.class, "commitment-words.tsv");

    private CommitmentWords() {
    }

    /**
     * The list named {@code name}.
     *
     * @throws DataFileException when the bundled file has no such list
     */
    static Set<String> of(String name) {
        return Set.copyOf(LISTS.of(name));
    }
}

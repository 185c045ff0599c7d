package org.parley.core.coding;

import java.util.List;

/**
 * A dictionary read from a PETRARCH-format file, and what was wrong with the entries left out.
 *
 * @param dictionary the entries that could be read
 * @param problems   the malformed entries, with file and line
 * @param <D>        the kind of dictionary
 */
public record DictionaryRead<D>(D dictionary, List<DictionaryProblem> problems) {
    public DictionaryRead {
        problems = List.copyOf(problems);
    }
}

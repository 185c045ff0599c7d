package org.parley.core.coding;

import java.util.Objects;

/**
 * A malformed dictionary entry, left out while the rest of the file was read.
 *
 * @param file    the dictionary's file name
 * @param line    the 1-based line number
 * @param problem what is wrong with it
 */
public record DictionaryProblem(String file, int line, String problem) {
    public DictionaryProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}

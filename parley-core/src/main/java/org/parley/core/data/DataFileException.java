package org.parley.core.data;

import java.util.List;

/**
 * Bundled or supplied data (a word list, a table of places or office-holders) could not be read.
 * The message names the resource and the line of every malformed row
 * ("countries.tsv:17: latitude is not a number: 'x'"), and {@link #problems()} lists them one by one.
 */
public class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DataFileException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** Rewraps {@code cause}, keeping its {@link #problems()} when it is one. */
    public DataFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = cause instanceof DataFileException data ? data.problems : List.of();
    }

    private DataFileException(List<String> problems) {
        super(problems.size() + " malformed row(s):\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One exception for every malformed row of a file, each given as {@code source:line: problem}. */
    public static DataFileException malformedRows(List<String> problems) {
        return new DataFileException(problems);
    }

    /** Each malformed row as {@code source:line: problem}; empty when the failure was not about rows. */
    public List<String> problems() {
        return problems;
    }
}

package org.parley.core.data;

/**
 * Bundled or supplied data (a word list, a table of places or office-holders) could not be read.
 * The message names the resource and the line of every malformed row
 * ("countries.tsv:17: latitude is not a number: 'x'").
 */
public class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

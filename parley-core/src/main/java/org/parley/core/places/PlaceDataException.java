package org.parley.core.places;

/**
 * Bundled or supplied place data could not be read. The message names the resource and the
 * line of every malformed row ("countries.tsv:17: latitude is not a number: 'x'").
 */
public final class PlaceDataException extends org.parley.core.data.DataFileException {

    private static final long serialVersionUID = 1L;

    public PlaceDataException(String message) {
        super(message);
    }

    public PlaceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

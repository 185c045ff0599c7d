package org.parley.store;

/** A store could not be opened, read or written; the message names the store and, when known, the article. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

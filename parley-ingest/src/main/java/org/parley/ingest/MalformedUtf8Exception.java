package org.parley.ingest;

import java.util.Locale;

/** Bytes that are not UTF-8; {@link #offset()} counts from the start of the file. */
final class MalformedUtf8Exception extends Exception {

    private final long offset;

    MalformedUtf8Exception(long offset) {
        super(String.format(Locale.ROOT, "not valid UTF-8 (byte offset %d)", offset));
        this.offset = offset;
    }

    long offset() {
        return offset;
    }
}

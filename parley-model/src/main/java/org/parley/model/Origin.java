package org.parley.model;

import java.util.Objects;

/**
 * Where a record came from, precise enough to find it again and to name it in an error.
 *
 * @param doc    what users cite: the file name for file input, the URL for JSONL/WARC input when known
 * @param path   the input file as given ({@code -} for standard input)
 * @param record where inside the file, e.g. {@code line 12} or {@code WARC record at byte 4096}; null for whole files
 */
public record Origin(String doc, String path, String record) {
    public Origin {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(path, "path");
    }

    public static Origin file(String path, String fileName) {
        return new Origin(fileName, path, null);
    }

    /** How an error message names this origin: {@code path} or {@code path (line 12)}. */
    public String describe() {
        return record == null ? path : path + " (" + record + ")";
    }
}

package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of an article: a hash of its normalized text, so the same report always gets the same id. */
public record ArticleId(String value) implements Comparable<ArticleId> {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,64}");

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("article id must be 16-64 lower-case hex digits: " + value);
        }
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

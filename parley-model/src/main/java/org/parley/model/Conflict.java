package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree on one field of an event: each value with the documents that give it, and
 * an explanation when a cause is detectable (e.g. two outlets' time zones).
 */
public record Conflict(String field, List<Value> values, String explanation) {

    /** One of the disagreeing values and the documents that support it. */
    public record Value(String value, List<String> docs) {
        public Value {
            Objects.requireNonNull(value, "value");
            docs = List.copyOf(docs);
        }
    }

    public Conflict {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("a conflict needs at least two values");
        }
    }
}

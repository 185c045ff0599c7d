package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree on one field of an event: each value with the documents and sentences that
 * give it, and an explanation when a cause is detectable (e.g. two outlets' time zones).
 */
public record Conflict(String field, List<Value> values, String explanation) {

    /**
     * One of the disagreeing values, the documents that give it and the sentences that state it
     * (each mention's evidence, in mention order), so a reader can check both sides.
     */
    public record Value(String value, List<String> docs, List<Evidence> said) {
        public Value {
            Objects.requireNonNull(value, "value");
            docs = List.copyOf(docs);
            said = List.copyOf(said);
        }

        /** A value whose sentences are not known (a conflict read from an older record). */
        public Value(String value, List<String> docs) {
            this(value, docs, List.of());
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

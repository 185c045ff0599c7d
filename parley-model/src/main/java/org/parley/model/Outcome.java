package org.parley.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of reading or processing one record: accepted with a value, or rejected with a reason
 * that names the record. Expected rejections are values, so a batch can report them and go on.
 */
public sealed interface Outcome<T> {

    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Rejected<T>(Origin origin, String reason) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        /** One line for a log or a summary: {@code file.warc.gz (record 3): truncated gzip stream}. */
        public String message() {
            return origin.describe() + ": " + reason;
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(Origin origin, String reason) {
        return new Rejected<>(origin, reason);
    }

    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(f.apply(a.value()));
        }
        Rejected<T> r = (Rejected<T>) this;
        return new Rejected<>(r.origin(), r.reason());
    }
}

package org.parley.eval.tempeval;

import java.util.Objects;
import org.parley.model.Span;

/**
 * A TIMEX3 of a TimeML document.
 *
 * @param tid   its id in the document ({@code t12})
 * @param span  its characters in {@link TimeMlDocument#text()}
 * @param type  DATE, TIME, DURATION or SET
 * @param value the normalized TIMEX3 value ({@code 1998-08-07}, {@code P1W}, {@code PRESENT_REF}); may be empty
 */
public record GoldTimex(String tid, Span span, String type, String value) {
    public GoldTimex {
        Objects.requireNonNull(tid, "tid");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        value = Objects.requireNonNullElse(value, "");
    }
}

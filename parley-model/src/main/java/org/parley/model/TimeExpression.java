package org.parley.model;

import java.util.Objects;

/**
 * A time expression normalized against the publication date (TIMEX3 style).
 *
 * @param text     as written, e.g. {@code on Tuesday}, {@code May 28}
 * @param span     its characters in the clean text
 * @param type     DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value, e.g. {@code 2024-03-26}, {@code XXXX-05-28}, {@code 2023-09}, {@code PAST_REF}; null when none
 * @param sentence index of its sentence
 */
public record TimeExpression(String text, Span span, String type, String value, int sentence) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}

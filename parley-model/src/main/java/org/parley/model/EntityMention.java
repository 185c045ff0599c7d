package org.parley.model;

import java.util.Objects;

/**
 * A named-entity mention: consecutive tokens with one entity type.
 *
 * @param text       the mention as written
 * @param span       its characters in the clean text
 * @param type       its kind: PERSON, ORGANIZATION, COUNTRY, NATIONALITY, CITY, LOCATION, TITLE, MONEY, ...
 * @param normalized a normalized value where the tagger gives one (money: {@code $5.0E8}), else null
 * @param sentence   index of its sentence
 */
public record EntityMention(String text, Span span, EntityType type, String normalized, int sentence) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}

package org.parley.eval.plover;

import java.util.List;
import java.util.Objects;

/**
 * One event a {@link SentenceCoder} found in a sentence.
 *
 * @param type            PLOVER event type, upper case ({@code AGREE}, {@code CONSULT}, {@code ASSAULT}, ...)
 * @param sourceCountries ISO 3166-1 alpha-3 codes of the countries of the source actors (may be empty)
 * @param targetCountries ISO 3166-1 alpha-3 codes of the countries of the target actors (may be empty)
 */
public record CodedEvent(String type, List<String> sourceCountries, List<String> targetCountries) {
    public CodedEvent {
        Objects.requireNonNull(type, "type");
        sourceCountries = List.copyOf(sourceCountries);
        targetCountries = List.copyOf(targetCountries);
    }
}

package org.parley.eval.plover;

import java.util.List;
import java.util.Objects;

/**
 * One event a {@link SentenceCoder} found in a sentence.
 *
 * @param type            PLOVER event type, upper case ({@code AGREE}, {@code CONSULT}, {@code ASSAULT}, ...)
 * @param sourceCountries ISO 3166-1 alpha-3 codes of the countries of the source actors (may be empty)
 * @param targetCountries ISO 3166-1 alpha-3 codes of the countries of the target actors (may be empty)
 * @param sides           how the coder read the sides, for the misses dump ({@code "Sudan (SDN) -> rebels (-)"});
 *                        may be empty
 */
public record CodedEvent(String type, List<String> sourceCountries, List<String> targetCountries, String sides) {
    public CodedEvent {
        Objects.requireNonNull(type, "type");
        sourceCountries = List.copyOf(sourceCountries);
        targetCountries = List.copyOf(targetCountries);
        sides = Objects.requireNonNullElse(sides, "");
    }

    public CodedEvent(String type, List<String> sourceCountries, List<String> targetCountries) {
        this(type, sourceCountries, targetCountries, "");
    }
}

package org.parley.core.coding;

import java.util.Objects;

/**
 * One event coded from a sentence.
 *
 * @param source the source actor code ({@code ARNGOV}), empty when the sentence names none
 * @param target the target actor code, empty when the sentence names none
 * @param code   the CAMEO (or dictionary) event code
 * @param verb   the position of the verb in the sentence
 * @param why    how the code was chosen: the family and the pattern line, or "verb alone"
 */
public record CodedEvent(String source, String target, String code, int verb, String why) {
    public CodedEvent {
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
        Objects.requireNonNull(code, "code");
    }
}

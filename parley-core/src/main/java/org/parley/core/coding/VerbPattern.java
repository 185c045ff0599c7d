package org.parley.core.coding;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern ({@code - SAID * TO ATTEND [082]}): what must stand before and after the verb,
 * and the code it gives.
 *
 * @param before elements before the verb, nearest first
 * @param after  elements after the verb, nearest first
 * @param code   the code when it matches
 * @param line   the dictionary line, for explanations
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, EventCode code, int line) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(code, "code");
    }
}

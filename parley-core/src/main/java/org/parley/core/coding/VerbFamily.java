package org.parley.core.coding;

import java.util.List;
import java.util.Objects;

/**
 * A block of a verb dictionary ({@code --- MEET [040] ---}): synonymous verbs, the code they give
 * alone, and the patterns that refine it.
 *
 * @param name     the block's name ({@code MEET})
 * @param code     the default code ({@code ---}: the verb alone is no event)
 * @param verbs    its verbs
 * @param patterns its patterns in file order
 */
public record VerbFamily(String name, EventCode code, List<VerbForm> verbs, List<VerbPattern> patterns) {
    public VerbFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        verbs = List.copyOf(verbs);
        patterns = List.copyOf(patterns);
    }
}

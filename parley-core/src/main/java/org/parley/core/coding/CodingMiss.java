package org.parley.core.coding;

import java.util.Objects;

/**
 * A verb (or a whole sentence) the coder could not turn into an event, and why: the coder never
 * falls back on a default code that would look like a decision.
 *
 * @param verb   the verb's position, or -1 for the whole sentence
 * @param reason the kind of miss
 * @param detail the words concerned
 */
public record CodingMiss(int verb, Reason reason, String detail) {

    /**
     * Why nothing was coded, in the order a verb goes through coding: a later reason got further,
     * so it tells more about why a sentence gave nothing.
     */
    public enum Reason {
        /** A discard phrase (sports, films...) is in the sentence. */
        DISCARDED,
        /** The verb is in no family of the verb dictionary. */
        NO_VERB_FAMILY,
        /** The verb alone gives no event ({@code [---]}) and no pattern matched. */
        NO_PATTERN,
        /** The matching pattern says "no event". */
        NULL_CODE,
        /** Neither side names an actor the dictionaries know. */
        NO_ACTORS,
        /** Only one side names an actor: PETRARCH's default requires a source and a target. */
        ONE_SIDED
    }

    public CodingMiss {
        Objects.requireNonNull(reason, "reason");
        detail = Objects.requireNonNullElse(detail, "");
    }
}

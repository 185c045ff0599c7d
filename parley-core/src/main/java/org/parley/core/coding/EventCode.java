package org.parley.core.coding;

import java.util.Objects;

/**
 * The code a verb or pattern gives: {@code [064]}; a pair {@code [032:033]} (the source does 032
 * to the target, and the target 033 to the source, as in a visit and its hosting); or
 * {@code [---]}, no event.
 *
 * @param forward the code of source → target, or {@link #NONE}
 * @param reverse the code of target → source for a pair, else empty
 */
public record EventCode(String forward, String reverse) {

    /** The code saying "this verb or pattern is not an event". */
    public static final String NONE = "---";

    public EventCode {
        Objects.requireNonNull(forward, "forward");
        reverse = Objects.requireNonNullElse(reverse, "");
        if (forward.isBlank()) {
            throw new IllegalArgumentException("an event code may not be blank");
        }
    }

    /** Reads the inside of {@code [...]}: {@code 064}, {@code 032:033}, {@code ---}. */
    public static EventCode parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new EventCode(t, "");
        }
        String forward = t.substring(0, colon).strip();
        // "[:173]": only the target acts on the source
        return new EventCode(forward.isEmpty() ? NONE : forward, t.substring(colon + 1).strip());
    }

    /** Whether the code gives any event (forward, or only the reverse of a pair). */
    public boolean isEvent() {
        return !forward.equals(NONE) || paired();
    }

    public boolean paired() {
        return !reverse.isEmpty() && !reverse.equals(NONE);
    }

    @Override
    public String toString() {
        return reverse.isEmpty() ? forward : forward + ":" + reverse;
    }
}

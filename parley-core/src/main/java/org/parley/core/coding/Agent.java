package org.parley.core.coding;

import java.util.Objects;

/**
 * What an agent word adds to an actor code: {@code [~GOV]} appends GOV ({@code GON} → {@code GONGOV}),
 * {@code [NGO~]} puts NGO in front ({@code ARN} → {@code NGOARN}).
 *
 * @param code   the agent code without the tilde
 * @param prefix whether it goes before the actor code
 */
public record Agent(String code, boolean prefix) {
    public Agent {
        Objects.requireNonNull(code, "code");
    }

    /** Reads {@code ~GOV} or {@code NGO~}. */
    static Agent parse(String text) {
        String t = text.strip();
        if (t.startsWith("~")) {
            return new Agent(t.substring(1).strip(), false);
        }
        if (t.endsWith("~")) {
            return new Agent(t.substring(0, t.length() - 1).strip(), true);
        }
        throw new IllegalArgumentException("agent code '" + t + "' has no '~' saying which side it goes");
    }

    /** {@code actor} with this agent added; the agent code is not repeated when already there. */
    public String applyTo(String actor) {
        if (prefix) {
            return actor.startsWith(code) ? actor : code + actor;
        }
        return actor.endsWith(code) ? actor : actor + code;
    }
}

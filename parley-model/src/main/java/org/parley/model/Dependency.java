package org.parley.model;

import java.util.Objects;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names).
 * Token indices are 0-based within the sentence; the root has governor -1.
 */
public record Dependency(String relation, int governor, int dependent) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad token index in " + relation + "(" + governor + ", " + dependent + ")");
        }
    }
}

package org.parley.core.coding;

import java.util.List;
import java.util.Objects;

/**
 * One element of a verb pattern, on one side of the verb: a word or consecutive words, a synset,
 * or an actor slot ({@code $} source, {@code +} target, {@code %} compound: both sides).
 * {@code adjacent} means it must follow the previous element (or the verb) with no word between
 * ({@code _} in the dictionary).
 */
public sealed interface PatternElement {

    boolean adjacent();

    /** Consecutive words ({@code DIPLOMATIC}, or {@code {AIR RAID}}), upper-case. */
    record Words(List<String> words, boolean adjacent) implements PatternElement {
        public Words {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a word element needs a word");
            }
        }
    }

    /** A synset ({@code &CURRENCY}), matched by any of its phrases. */
    record Synset(String name, boolean adjacent) implements PatternElement {
        public Synset {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An actor slot: where the source ({@code $}), the target ({@code +}) or a compound of both ({@code %}) stands. */
    record Slot(Role role, boolean adjacent) implements PatternElement {
        public Slot {
            Objects.requireNonNull(role, "role");
        }
    }

    /** What a slot holds. */
    enum Role { SOURCE, TARGET, COMPOUND }
}

package org.parley.core.cluster;

import java.util.Arrays;

/**
 * The blocks of a {@link CandidateGraph} by blocking key ({@link StoryClusterer#blockingKeys}). A
 * term key ({@code T:} word, {@code N:} name) is found by its term's number in the graph's
 * {@link TermIds}, so the index keeps no string of its own for it and no map entry, only a slot of
 * an array; other keys (lead actors and places by week) are numbered in a table of their own.
 * Not thread-safe.
 */
final class BlockIndex {
    private final TermIds terms;
    private final TermIds otherKeys = new TermIds();
    private Block[] byTerm = new Block[1024]; // word of number n at 2n, name at 2n + 1
    private Block[] byOtherKey = new Block[64];

    BlockIndex(TermIds terms) {
        this.terms = terms;
    }

    /** The block of this key, empty when new. */
    Block get(String key) {
        boolean word = key.startsWith("T:");
        if (word || key.startsWith("N:")) {
            int slot = 2 * terms.id(key.substring(2)) + (word ? 0 : 1);
            byTerm = room(byTerm, slot);
            return byTerm[slot] != null ? byTerm[slot] : (byTerm[slot] = new Block());
        }
        int slot = otherKeys.id(key);
        byOtherKey = room(byOtherKey, slot);
        return byOtherKey[slot] != null ? byOtherKey[slot] : (byOtherKey[slot] = new Block());
    }

    private static Block[] room(Block[] blocks, int slot) {
        return slot < blocks.length ? blocks : Arrays.copyOf(blocks, Math.max(slot + 1, blocks.length * 2));
    }

    /** One blocking key's articles: how many, and which while they are few enough to pair. */
    static final class Block {
        int size;
        int[] members = new int[2]; // null once size passed maxBlock

        void add(int article) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = article;
        }
    }
}

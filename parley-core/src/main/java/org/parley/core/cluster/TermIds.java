package org.parley.core.cluster;

/**
 * Numbers the terms of the vectors that are compared with one another: equal terms get equal
 * numbers, so a dot product finds shared terms by comparing ints ({@link TermWeights.SparseVector#dot}).
 * One instance per set of vectors (a batch clustering, an incremental graph); vectors numbered by
 * different instances cannot be compared. An open-addressing table of the term strings and their
 * numbers: 16–32 bytes per term besides the string, where {@code String.intern} kept its own native
 * table and a map of strings would take ~50. Not thread-safe.
 */
public final class TermIds {
    private String[] terms = new String[64];
    private int[] ids = new int[64];
    private int size;

    /** The number of this term, given the next free one when it is new. */
    public int id(String term) {
        int mask = terms.length - 1;
        int slot = spread(term.hashCode()) & mask;
        for (String t = terms[slot]; t != null; t = terms[slot]) {
            if (t.equals(term)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        int id = size++;
        terms[slot] = term;
        ids[slot] = id;
        if (size * 2 > terms.length) {
            grow();
        }
        return id;
    }

    /** How many different terms have a number. */
    public int size() {
        return size;
    }

    private void grow() {
        String[] oldTerms = terms;
        int[] oldIds = ids;
        terms = new String[oldTerms.length * 2];
        ids = new int[terms.length];
        int mask = terms.length - 1;
        for (int s = 0; s < oldTerms.length; s++) {
            if (oldTerms[s] != null) {
                int slot = spread(oldTerms[s].hashCode()) & mask;
                while (terms[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                terms[slot] = oldTerms[s];
                ids[slot] = oldIds[s];
            }
        }
    }

    // String hash codes of similar terms ("word~1", "word~2") differ in their low bits only a little
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

package org.parley.core.cluster;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A MinHash signature of an article's content words: the Jaccard similarity of two word sets is
 * estimated by the share of equal positions. Used as supporting evidence and for LSH blocking, never
 * alone against dates and places.
 */
public final class TextSignature {
    /** Number of hash functions. */
    public static final int SIZE = 64;
    private static final Set<String> STOP = Set.of("about", "after", "also", "been", "before", "being", "both",
            "could", "during", "from", "have", "into", "more", "most", "other", "over", "said", "says", "should",
            "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "under", "were", "what", "when", "where", "which", "while", "will", "with",
            "would", "your", "told", "year", "years", "according", "including", "against", "between", "among");
    private final long[] values;

    private TextSignature(long[] values) {
        this.values = values;
    }

    /** The signature of the content words (4+ letters, not stop words, lower case) of a text. */
    public static TextSignature of(String text) {
        Set<String> words = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return ofWords(words);
    }

    public static TextSignature ofWords(Collection<String> words) {
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (String w : words) {
            long h = fnv(w);
            for (int i = 0; i < SIZE; i++) {
                long v = mix(h + 0x9E3779B97F4A7C15L * (i + 1));
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return new TextSignature(min);
    }

    /** A signature from its {@link #values()}, e.g. after it crossed a process boundary. */
    public static TextSignature ofValues(long[] values) {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values, not " + values.length);
        }
        return new TextSignature(values.clone());
    }

    /** The {@value #SIZE} minimum hashes (a copy). */
    public long[] values() {
        return values.clone();
    }

    /** Estimated Jaccard similarity of the two word sets, 0 when either is empty. */
    public double similarity(TextSignature other) {
        if (values[0] == Long.MAX_VALUE || other.values[0] == Long.MAX_VALUE) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** A hash of rows {@code [band*rows, (band+1)*rows)}: LSH bucket key of one band. */
    public long band(int band, int rows) {
        long h = 1469598103934665603L;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = mix(h ^ values[i]);
        }
        return h;
    }

    public boolean isEmpty() {
        return values[0] == Long.MAX_VALUE;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    // splitmix64 finaliser: spreads the seeds into independent-looking hash functions
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TextSignature[" + Long.toHexString(values[0]) + "...]";
    }
}

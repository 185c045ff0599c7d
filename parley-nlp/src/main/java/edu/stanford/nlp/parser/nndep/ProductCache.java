package edu.stanford.nlp.parser.nndep;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The parser's feature products that were not precomputed at load, by feature index (token ×
 * position), at most {@code capacity} of them; when full, the clock algorithm (second chance) picks
 * which to drop: a product read since the clock's hand last passed it stays, the first one not read
 * goes. So the products a stream of news keeps reading (its names, places, story words) survive,
 * and a rare word's product read once is the first to go.
 *
 * <p>Thread-safe: reading is lock-free (an atomic slot per feature; the "read" mark is a hint, and a
 * lost mark only costs a recomputation); adding, which follows a 1,000 × 50 computation, takes the
 * lock. A product handed out stays valid after it is dropped (it is never written again), and every
 * product equals a recomputation, so the cache decides time, never a score.
 *
 * <p>Design decision: replaces "empty the whole cache when full" (session 11), which threw away
 * the products still in use every ~28 news articles (50,000 products, ~1,800 new ones per article)
 * and made the parser recompute them; same memory bound.
 */
final class ProductCache {

    private final AtomicReferenceArray<float[]> byFeature;
    /** Per feature: read since the clock's hand last passed it (1) or not (0). */
    private final byte[] read;
    /** The features held, in the order of their slots; the clock's hand walks it. */
    private final int[] held;
    private int size;
    private int hand;
    private final LongAdder added = new LongAdder();
    private final LongAdder dropped = new LongAdder();

    /**
     * @param features how many feature indexes there are
     * @param capacity how many products to hold at most (≥ 1)
     */
    ProductCache(int features, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.byFeature = new AtomicReferenceArray<>(features);
        this.read = new byte[features];
        this.held = new int[capacity];
    }

    /** The product of this feature, or null when it is not held; marks it read. */
    float[] get(int feature) {
        float[] product = byFeature.get(feature);
        if (product != null && read[feature] == 0) {
            read[feature] = 1;
        }
        return product;
    }

    /** Holds the product of this feature (a complete array, never written again), dropping another when full. */
    synchronized void put(int feature, float[] product) {
        if (byFeature.get(feature) != null) {
            return; // another thread added it meanwhile: the same array's values
        }
        int slot;
        if (size < held.length) {
            slot = size++;
        } else {
            while (read[held[hand]] != 0) {
                read[held[hand]] = 0;
                hand = (hand + 1) % held.length;
            }
            slot = hand;
            byFeature.set(held[slot], null);
            dropped.increment();
            hand = (hand + 1) % held.length;
        }
        held[slot] = feature;
        read[feature] = 0;
        byFeature.set(feature, product);
        added.increment();
    }

    /** Products added (each one computed) and dropped so far. */
    long[] addedAndDropped() {
        return new long[] {added.sum(), dropped.sum()};
    }
}

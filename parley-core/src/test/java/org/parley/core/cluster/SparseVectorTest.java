package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The dot product over numbered terms equals, bit for bit, the walk over the sorted term strings it
 * replaced (the stories of a store must not move by a last bit when the representation changes).
 */
class SparseVectorTest {

    @Test
    void dotEqualsTheWalkOverSortedStringsBitForBit() {
        Random random = new Random(12);
        TermIds ids = new TermIds();
        List<String> vocabulary = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            vocabulary.add(Integer.toString(random.nextInt(1_000_000), 36) + (k % 7 == 0 ? "~" + k : ""));
        }
        // numbered in an order unrelated to the strings' order, as a graph meets its terms
        vocabulary.forEach(ids::id);
        int orderMatters = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            TreeMap<String, Double> a = randomVector(random, vocabulary);
            TreeMap<String, Double> b = randomVector(random, vocabulary);
            double expected = stringWalk(a, b);
            double actual = vector(a, ids).dot(vector(b, ids));
            assertThat(Double.doubleToRawLongBits(actual)).as("trial %d", trial)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(Double.doubleToRawLongBits(vector(b, ids).dot(vector(a, ids))))
                    .isEqualTo(Double.doubleToRawLongBits(stringWalk(b, a)));
            if (idOrderSum(a, b, ids) != expected) {
                orderMatters++;
            }
        }
        // the test can fail: summing the same products in the numbers' order gives other last bits
        assertThat(orderMatters).isPositive();
    }

    @Test
    void vectorsWithNoSharedTermOrOneSharedTerm() {
        TermIds ids = new TermIds();
        TreeMap<String, Double> a = new TreeMap<>(java.util.Map.of("quake", 0.6, "island", 0.8));
        TreeMap<String, Double> b = new TreeMap<>(java.util.Map.of("flood", 1.0));
        TreeMap<String, Double> c = new TreeMap<>(java.util.Map.of("island", 0.5, "flood", 0.5));
        assertThat(vector(a, ids).dot(vector(b, ids))).isZero();
        assertThat(vector(a, ids).dot(vector(c, ids))).isEqualTo(0.8 * 0.5);
        assertThat(vector(a, ids).dot(vector(new TreeMap<>(), ids))).isZero();
    }

    @Test
    void aVectorOfMoreTermsThanACharCountsIsSummedInTheSameOrder() {
        Random random = new Random(13);
        TermIds ids = new TermIds();
        TreeMap<String, Double> huge = new TreeMap<>();
        TreeMap<String, Double> small = new TreeMap<>();
        for (int k = 70_000; k > 0; k--) { // numbered against the strings' order
            String term = "t" + k;
            ids.id(term);
            huge.put(term, random.nextDouble());
            if (k % 97 == 0) {
                small.put(term, random.nextDouble());
            }
        }
        double expected = stringWalk(huge, small);
        assertThat(Double.doubleToRawLongBits(vector(huge, ids).dot(vector(small, ids))))
                .isEqualTo(Double.doubleToRawLongBits(expected));
        assertThat(Double.doubleToRawLongBits(vector(small, ids).dot(vector(huge, ids))))
                .isEqualTo(Double.doubleToRawLongBits(stringWalk(small, huge)));
        assertThat(idOrderSum(huge, small, ids)).isNotEqualTo(expected);
    }

    @Test
    void vectorsNumberedApartCannotBeCompared() {
        TreeMap<String, Double> a = new TreeMap<>(java.util.Map.of("quake", 1.0));
        TermWeights.SparseVector one = vector(a, new TermIds());
        TermWeights.SparseVector other = vector(a, new TermIds());
        assertThatThrownBy(() -> one.dot(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalTermsGetEqualNumbersThroughTheTablesGrowth() {
        TermIds ids = new TermIds();
        List<Integer> first = new ArrayList<>();
        for (int k = 0; k < 10_000; k++) {
            first.add(ids.id("term~" + k));
        }
        for (int k = 0; k < 10_000; k++) {
            assertThat(ids.id(new String("term~" + k))).isEqualTo(first.get(k)).isEqualTo(k);
        }
        assertThat(ids.size()).isEqualTo(10_000);
    }

    private static TreeMap<String, Double> randomVector(Random random, List<String> vocabulary) {
        TreeMap<String, Double> v = new TreeMap<>();
        int size = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(40);
        for (int k = 0; k < size; k++) {
            v.put(vocabulary.get(random.nextInt(vocabulary.size())), random.nextDouble() / (1 + random.nextInt(50)));
        }
        return v;
    }

    private static TermWeights.SparseVector vector(TreeMap<String, Double> v, TermIds ids) {
        return TermWeights.SparseVector.of(v.keySet().toArray(String[]::new),
                v.values().stream().mapToDouble(Double::doubleValue).toArray(), ids);
    }

    // the dot product as it was: one walk over both sorted string lists
    private static double stringWalk(TreeMap<String, Double> a, TreeMap<String, Double> b) {
        String[] x = a.keySet().toArray(String[]::new);
        String[] y = b.keySet().toArray(String[]::new);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int c = x[i].compareTo(y[j]);
            if (c == 0) {
                sum += a.get(x[i++]) * b.get(y[j++]);
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static double idOrderSum(TreeMap<String, Double> a, TreeMap<String, Double> b, TermIds ids) {
        TreeMap<Integer, Double> products = new TreeMap<>();
        a.forEach((term, w) -> {
            if (b.containsKey(term)) {
                products.put(ids.id(term), w * b.get(term));
            }
        });
        double sum = 0;
        for (double p : products.values()) {
            sum += p;
        }
        return sum;
    }
}

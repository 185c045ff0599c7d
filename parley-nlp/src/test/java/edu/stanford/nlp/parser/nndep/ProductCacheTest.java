package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductCacheTest {

    private static float[] product(float value) {
        return new float[] {value, value + 1};
    }

    @Test
    void holdsWhatWasAddedUntilFull() {
        ProductCache cache = new ProductCache(100, 3);
        float[] seven = product(7);
        cache.put(7, seven);
        cache.put(8, product(8));

        assertThat(cache.get(7)).isSameAs(seven);
        assertThat(cache.get(9)).isNull();
        assertThat(cache.addedAndDropped()).containsExactly(2, 0);
    }

    @Test
    void whenFullDropsAProductNotReadSinceTheHandPassedAndKeepsTheOnesRead() {
        ProductCache cache = new ProductCache(100, 3);
        cache.put(1, product(1));
        cache.put(2, product(2));
        cache.put(3, product(3));
        cache.get(1);
        cache.get(3);

        cache.put(4, product(4)); // 1 and 3 were read: 2 goes

        assertThat(cache.get(2)).isNull();
        assertThat(cache.get(1)).containsExactly(1, 2);
        assertThat(cache.get(3)).containsExactly(3, 4);
        assertThat(cache.get(4)).containsExactly(4, 5);
        assertThat(cache.addedAndDropped()).containsExactly(4, 1);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        ProductCache cache = new ProductCache(1_000, 16);
        for (int feature = 0; feature < 1_000; feature++) {
            cache.put(feature, product(feature));
            if (feature % 7 == 0) {
                cache.get(0); // read over and over; the others never
            }
        }
        int held = 0;
        for (int feature = 0; feature < 1_000; feature++) {
            if (cache.get(feature) != null) {
                held++;
            }
        }
        assertThat(held).isEqualTo(16);
        assertThat(cache.get(0)).as("read again and again, so never dropped").containsExactly(0, 1);
        assertThat(cache.addedAndDropped()).containsExactly(1_000, 1_000 - 16);
    }

    @Test
    void aFeatureAddedTwiceKeepsItsFirstProduct() {
        ProductCache cache = new ProductCache(10, 2);
        float[] first = product(5);
        cache.put(5, first);
        cache.put(5, product(5));

        assertThat(cache.get(5)).isSameAs(first);
        assertThat(cache.addedAndDropped()).containsExactly(1, 0);
    }

    @Test
    void needsRoomForOneProduct() {
        assertThatThrownBy(() -> new ProductCache(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SparseKMeansTest {

    // Three groups of documents, each group's vectors drawn around a term set of its own.
    private static List<TfidfDocuments.Vector> groups(int perGroup, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TfidfDocuments.Vector> docs = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < perGroup; i++) {
                int[] terms = {g * 4, g * 4 + 1, g * 4 + 2, 12 + random.nextInt(3)};
                double[] w = {1 + random.nextDouble(), 1 + random.nextDouble(), 1 + random.nextDouble(), 0.5};
                double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2] + w[3] * w[3]);
                for (int t = 0; t < 4; t++) {
                    w[t] /= norm;
                }
                docs.add(new TfidfDocuments.Vector(terms, w));
            }
        }
        return docs;
    }

    @Test
    void findsSeparatedGroupsWhenToldHowMany() {
        List<TfidfDocuments.Vector> docs = groups(10, 1);

        int[] labels = new SparseKMeans(docs, 15).cluster(3, 5, 100, 7).labels();

        for (int g = 0; g < 3; g++) {
            for (int i = 1; i < 10; i++) {
                assertThat(labels[g * 10 + i]).isEqualTo(labels[g * 10]);
            }
        }
        assertThat(labels[0]).isNotEqualTo(labels[10]);
        assertThat(labels[10]).isNotEqualTo(labels[20]);
        assertThat(labels[0]).isNotEqualTo(labels[20]);
    }

    @Test
    void theSameSeedGivesTheSameClustersAndMoreRunsNeverRaiseTheInertia() {
        List<TfidfDocuments.Vector> docs = groups(8, 3);
        SparseKMeans kMeans = new SparseKMeans(docs, 15);

        SparseKMeans.Result once = kMeans.cluster(5, 1, 100, 11);

        assertThat(kMeans.cluster(5, 1, 100, 11).labels()).isEqualTo(once.labels());
        assertThat(kMeans.cluster(5, 10, 100, 11).inertia()).isLessThanOrEqualTo(once.inertia());
    }

    @Test
    void refusesMoreClustersThanDocuments() {
        assertThatThrownBy(() -> new SparseKMeans(groups(1, 1), 15).cluster(4, 1, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..3");
    }
}

package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.eval.SeedCorpus;
import org.parley.model.Story;

/** The stories issue's done-when on the five seeds: {000, 001, 002} (March 2024, Washington), {003}, {004} (April 2023, Hanoi). */
class SeedStoriesIT {
    private final StoryClusterer clusterer = StoryClusterer.withDefaults();

    @Test
    void theSeedsFormThreeStoriesInAnyOrderAndTwice() {
        List<StoryEvidence> evidence = CorpusEvidence.of(SeedCorpus.load());
        evidence.forEach(e -> System.out.println(e.doc() + " lead=" + e.lead() + " when=" + e.when()));

        List<Story> stories = clusterer.cluster(evidence);
        stories.forEach(s -> System.out.println(s.id() + " " + s.date() + " " + s.docs() + " " + s.title()));

        assertThat(stories).extracting(s -> s.docs().stream().map(d -> d.substring(0, 3)).sorted().toList())
                .containsExactlyInAnyOrder(List.of("000", "001", "002"), List.of("003"), List.of("004"));
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            List<StoryEvidence> shuffled = new ArrayList<>(evidence);
            shuffled.addAll(evidence);
            Collections.shuffle(shuffled, random);
            assertThat(clusterer.cluster(shuffled)).as("shuffled round %d", round).isEqualTo(stories);
        }
    }
}

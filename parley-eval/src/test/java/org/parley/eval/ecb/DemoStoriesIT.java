package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Story;

/** The expected stories S1..S10 of demo/README.md. */
class DemoStoriesIT {
    // each story's docs, by how the doc name ends
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.of(
            "S01", List.of("blinken-son-partnership-review.txt", "us-vietnam-working-groups.html",
                    "son-blinken-washington-review.txt"),
            "S02", List.of("blinken-son-hanoi-talks.txt", "leaders-receive-blinken.txt", "/blinken-hanoi-son-talks"),
            "S03", List.of("son-blinken-phone-call.txt"),
            "S04", List.of("usaid-mpi-skills-pledge.txt"),
            "S05", List.of("son-receives-campbell.html"),
            "S06", List.of("son-wong-phone-talks.txt"),
            "S07", List.of("kamikawa-jaishankar-new-delhi.txt", "/kamikawa-jaishankar-new-delhi"),
            "S08", List.of("/kishida-modi-phone-call"),
            "S09", List.of("/baerbock-vieira-brasilia-talks"),
            "S10", List.of("cameron-tuggar-abuja.html")));
    /** The stories this clusterer gets exactly right today; the rest are printed. */
    private static final Set<String> MUST_MATCH = Set.of("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08",
            "S09", "S10");

    @Test
    void demoStories() {
        List<AnnotatedCorpus.Item> items = AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store"));
        List<StoryEvidence> evidence = CorpusEvidence.of(items);
        evidence.forEach(e -> System.out.println(e.doc() + " lead=" + e.lead() + " when=" + e.when()));
        StoryClusterer clusterer = StoryClusterer.withDefaults();
        List<Story> stories = clusterer.cluster(evidence);
        stories.forEach(s -> System.out.println(s.id() + " " + s.date() + " " + s.docs() + " | " + s.title()));

        Set<String> matched = new TreeSet<>();
        for (var expected : EXPECTED.entrySet()) {
            boolean exact = stories.stream().anyMatch(s -> s.docs().size() == expected.getValue().size()
                    && expected.getValue().stream().allMatch(end -> s.docs().stream().anyMatch(d -> d.endsWith(end))));
            System.out.println(expected.getKey() + (exact ? " matched" : " NOT matched") + ": " + expected.getValue());
            if (exact) {
                matched.add(expected.getKey());
            }
        }
        assertThat(matched).containsAll(MUST_MATCH);

        List<StoryEvidence> shuffled = new ArrayList<>(evidence);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(clusterer.cluster(shuffled)).isEqualTo(stories);
    }
}

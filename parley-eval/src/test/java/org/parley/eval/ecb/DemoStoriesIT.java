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

/** The expected stories S1..S14 of demo/README.md. */
class DemoStoriesIT {
    // each story's docs, by how the doc name ends
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("S01", List.of("blinken-son-partnership-review.txt", "us-vietnam-working-groups.html",
                    "son-blinken-washington-review.txt")),
            Map.entry("S02", List.of("blinken-son-hanoi-talks.txt", "leaders-receive-blinken.txt",
                    "/blinken-hanoi-son-talks")),
            Map.entry("S03", List.of("son-blinken-phone-call.txt")),
            Map.entry("S04", List.of("usaid-mpi-skills-pledge.txt")),
            Map.entry("S05", List.of("son-receives-campbell.html")),
            Map.entry("S06", List.of("son-wong-phone-talks.txt")),
            Map.entry("S07", List.of("kamikawa-jaishankar-new-delhi.txt", "/kamikawa-jaishankar-new-delhi")),
            Map.entry("S08", List.of("/kishida-modi-phone-call")),
            Map.entry("S09", List.of("/baerbock-vieira-brasilia-talks")),
            Map.entry("S10", List.of("cameron-tuggar-abuja.html")),
            Map.entry("S11", List.of("biden-hanoi-visit-announced.txt")),
            Map.entry("S12", List.of("biden-trong-partnership-upgrade.txt", "trong-biden-talks-upgrade.txt")),
            Map.entry("S13", List.of("blinken-son-first-dialogue.txt", "son-blinken-dialogue-washington.txt")),
            Map.entry("S14", List.of("blinken-son-second-dialogue.txt", "son-blinken-dialogue-hanoi.txt"))));
    /** The stories this clusterer gets exactly right today; the rest are printed. */
    private static final Set<String> MUST_MATCH = EXPECTED.keySet();

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

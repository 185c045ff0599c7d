package org.parley.eval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.eval.demo.DemoGold.Act;
import org.parley.eval.demo.DemoGold.Encounter;
import org.parley.eval.demo.DemoGold.Story;

/** demo/gold/events.json is consistent with itself and with the corpus folder (no models). */
class DemoGoldTest {
    private static final Path CORPUS = Path.of("../demo/corpus");
    private final DemoGold gold = DemoGold.read(Path.of("../demo/gold/events.json"));

    @Test
    void everyFileTheGoldNamesIsInTheCorpus() {
        gold.docs().values().stream().filter(d -> !d.startsWith("https://"))
                .forEach(d -> assertThat(CORPUS.resolve(d)).as(d).isRegularFile());
        assertThat(gold.docs()).hasSize(23);
    }

    @Test
    void eachEncounterLiesInItsStoryWithItsActsAndSentences() {
        assertThat(gold.encounters()).extracting(Encounter::id)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14",
                        "E15");
        for (Encounter enc : gold.encounters()) {
            Story story = gold.stories().stream().filter(s -> s.id().equals(enc.story())).findFirst().orElseThrow();
            assertThat(story.encounters()).as(enc.id()).contains(enc.id());
            assertThat(story.docs()).as(enc.id()).containsAll(enc.reportedBy());
            assertThat(enc.backgroundIn()).as(enc.id()).doesNotContainAnyElementsOf(story.docs());
            assertThat(enc.sides()).as(enc.id()).hasSizeGreaterThanOrEqualTo(2);
            for (Act act : enc.acts()) {
                assertThat(act.sources()).isNotEmpty();
                assertThat(act.targets()).isNotEmpty();
                assertThat(act.saidIn()).as(enc.id() + " " + act.type()).isNotEmpty()
                        .allSatisfy(ref -> assertThat(story.docs()).contains(ref.doc()));
            }
        }
    }

    @Test
    void storiesShareNoDocAndOnlyEOneHasAConflict() {
        List<String> docs = gold.stories().stream().flatMap(s -> s.docs().stream()).toList();
        assertThat(docs).doesNotHaveDuplicates().hasSize(22);
        assertThat(gold.encounters().stream().filter(e -> !e.conflicts().isEmpty()).map(Encounter::id))
                .containsExactly("E1");
    }

    @Test
    void contextNamesKnownDocsKindsAndEncounters() {
        Set<String> ids = gold.encounters().stream().map(Encounter::id).collect(Collectors.toSet());
        assertThat(gold.context()).isNotEmpty().allSatisfy(c -> {
            assertThat(gold.docs()).containsKey(c.doc());
            assertThat(c.kind()).isIn("background", "planned");
            if (c.of() != null) {
                assertThat(ids).contains(c.of());
            }
        });
    }

    @Test
    void theFileIsUtf8Json() throws Exception {
        assertThat(Files.readString(Path.of("../demo/gold/events.json"))).startsWith("{");
    }
}

package org.parley.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.cluster.StableIds;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.StoryAssignment;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.ArticleId;
import org.parley.model.Story;
import org.parley.store.ArticleStores;

/**
 * The stories `parley ingest` keeps in the store: the seeds and the demo corpus put into a fresh
 * store in random orders and steps, each step assigned as `parley ingest` assigns it (by a new
 * process, or by one that kept its state), end with the stories of one batch; reading them
 * afterwards clusters nothing, and every retired id leads to a story in use.
 */
class StoryAssignmentIT {
    private static final ParleyFindingsExtractor EXTRACTOR = ParleyFindingsExtractor.bundled();

    private static List<AnnotatedCorpus.Item> corpus() {
        List<AnnotatedCorpus.Item> items = new ArrayList<>(SeedCorpus.load());
        items.addAll(AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store")));
        return items;
    }

    private static void ingest(ArticleStore store, List<AnnotatedCorpus.Item> items) {
        for (AnnotatedCorpus.Item item : items) {
            store.put(item.article());
            store.saveAnnotation(item.article().id(), item.text());
            store.saveFindings(EXTRACTOR.extract(item.article(), item.text()), EXTRACTOR.name());
        }
    }

    /** A story as a client sees it, without its id (which depends on the order articles came in). */
    private static Set<String> withoutIds(List<Story> stories) {
        return stories.stream().map(s -> s.title() + " | " + s.date() + " | " + s.docs()).collect(Collectors.toSet());
    }

    @Test
    void anyIngestOrderInStepsGivesTheStoriesOfOneBatch(@TempDir Path dir) {
        List<AnnotatedCorpus.Item> items = corpus();
        List<Story> batch;
        try (ArticleStore store = ArticleStores.open(dir.resolve("batch").toString())) {
            ingest(store, items);
            batch = new StoryAssignment(store).stories();
        }
        assertThat(batch).anySatisfy(s -> assertThat(s.articles()).hasSizeGreaterThan(2));

        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            List<AnnotatedCorpus.Item> order = new ArrayList<>(items);
            Collections.shuffle(order, random);
            try (ArticleStore store = ArticleStores.open(dir.resolve("steps-" + seed).toString())) {
                StoryAssignment kept = new StoryAssignment(store);
                int steps = 0;
                for (int from = 0; from < order.size(); steps++) {
                    int to = Math.min(order.size(), from + 1 + random.nextInt(6));
                    ingest(store, order.subList(from, to));
                    // as a new `parley ingest` process, or as a server that keeps its state
                    StoryAssignment assignment = random.nextBoolean() ? kept : new StoryAssignment(store);
                    assignment.update();
                    assertThat(assignment.lastStep()).as("seed %d step %d", seed, steps)
                            .isEqualTo(steps == 0 ? StoryAssignment.Step.CLUSTERED : StoryAssignment.Step.ASSIGNED);
                    from = to;
                }
                StoryAssignment reader = new StoryAssignment(store);
                List<Story> stories = reader.stories();
                assertThat(reader.lastStep()).isEqualTo(StoryAssignment.Step.CURRENT);
                assertThat(withoutIds(stories)).as("seed %d", seed).isEqualTo(withoutIds(batch));
                assertIdsConsistent(store, stories);
                System.out.printf("seed %d: %d steps, %d stories, %d retired ids%n", seed, steps, stories.size(),
                        store.retiredIds(ArticleStore.IdKind.STORY).size());
            }
        }
    }

    @Test
    void reExtractedFindingsClusterTheStoreAgain(@TempDir Path dir) {
        List<AnnotatedCorpus.Item> items = SeedCorpus.load();
        try (ArticleStore store = ArticleStores.open(dir.resolve("store").toString())) {
            ingest(store, items);
            List<Story> first = new StoryAssignment(store).stories();
            ingest(store, items.subList(0, 1)); // same article, findings saved again
            StoryAssignment again = new StoryAssignment(store);
            assertThat(again.stories()).isEqualTo(first);
            assertThat(again.lastStep()).isEqualTo(StoryAssignment.Step.CLUSTERED);
        }
    }

    @Test
    void storiesSavedUnderOtherStoryRulesAreClusteredAgain(@TempDir Path dir) {
        List<AnnotatedCorpus.Item> items = SeedCorpus.load();
        try (ArticleStore store = ArticleStores.open(dir.resolve("store").toString())) {
            ingest(store, items);
            List<Story> first = new StoryAssignment(store).stories();
            // as an older Parley left them: one story per article, under a mark without this version
            String oldMark = "stories-0/" + store.changeMark();
            List<Story> split = items.stream().map(i -> new Story(
                    "story-" + i.article().id().value().substring(0, 8), "old",
                    null, List.of(i.article().id()), List.of(i.article().doc()))).toList();
            String current = store.savedStories().orElseThrow().mark();
            assertThat(store.saveStories(new ArticleStore.StoryUpdate(true, Set.of(), split, Map.of(), List.of(),
                    oldMark, current))).isTrue();

            StoryAssignment upgraded = new StoryAssignment(store);
            assertThat(withoutIds(upgraded.stories())).isEqualTo(withoutIds(first));
            assertThat(upgraded.lastStep()).isEqualTo(StoryAssignment.Step.CLUSTERED);
            assertThat(upgraded.lastArrivals()).isEqualTo(items.size());
            StoryAssignment reader = new StoryAssignment(store);
            reader.stories();
            assertThat(reader.lastStep()).isEqualTo(StoryAssignment.Step.CURRENT);
        }
    }

    // The saved stable ids are the stories' members, and every retired id leads to a story in use.
    private static void assertIdsConsistent(ArticleStore store, List<Story> stories) {
        Map<String, Set<String>> saved = store.stableIds(ArticleStore.IdKind.STORY);
        assertThat(saved).isEqualTo(stories.stream().collect(Collectors.toMap(Story::id,
                s -> s.articles().stream().map(ArticleId::value).collect(Collectors.toSet()))));
        Set<String> live = saved.keySet();
        Map<String, String> retired = store.retiredIds(ArticleStore.IdKind.STORY);
        retired.keySet().forEach(id -> assertThat(StableIds.current(id, live, retired)).as(id).isPresent());
    }
}

package org.parley.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.extract.ParleyFindingsExtractor;
import org.parley.core.ports.ArticleStore;
import org.parley.engine.EventCatalog;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.Event;
import org.parley.model.Story;
import org.parley.store.ArticleStores;

/**
 * Stories and consolidated events keep their ids as more articles arrive (issue 4: "re-ingesting
 * more articles updates stories and events in place, keeping their ids stable"): the seeds are put
 * into a fresh store in steps, and a new catalog is read after each step, as `parley ingest` and
 * `parley stories` would.
 */
class SeedStableIdsIT {
    private static final ParleyFindingsExtractor EXTRACTOR = ParleyFindingsExtractor.bundled();

    private static void ingest(ArticleStore store, String... prefixes) {
        for (String prefix : prefixes) {
            AnnotatedCorpus.Item item = SeedCorpus.seed(prefix);
            store.put(item.article());
            store.saveAnnotation(item.article().id(), item.text());
            store.saveFindings(EXTRACTOR.extract(item.article(), item.text()), EXTRACTOR.name());
        }
    }

    private static Story storyOf(List<Story> stories, String prefix) {
        return stories.stream().filter(s -> s.docs().stream().anyMatch(d -> d.startsWith(prefix))).findFirst().orElseThrow();
    }

    /** Each event's id by what it is (its mentions' documents, type, date), to compare catalogs. */
    private static Map<String, String> idsByContent(List<Event> events) {
        return events.stream().collect(Collectors.toMap(e -> e.id(), e -> e.type() + " " + e.date().iso() + " "
                + e.mentions().stream().map(m -> m.evidence().doc().substring(0, 3) + ":" + m.evidence().sentence())
                .sorted().toList()));
    }

    @Test
    void anEarlierArticleArrivingLaterJoinsTheStoryWithoutRenamingIt(@TempDir Path dir) {
        SeedCorpus.load();
        try (ArticleStore store = ArticleStores.open(dir.resolve("store").toString())) {
            // 000 is the earliest published member (2024-03-26; 002 is of 03-27, 001 states no date),
            // so a story id derived from the earliest member would change when it arrives
            ingest(store, "001", "002", "003");
            EventCatalog before = new EventCatalog(store);
            Story dialogue = storyOf(before.stories(), "001");
            assertThat(dialogue.docs()).hasSize(2);
            Event march = dialogueEvent(before.consolidated());
            System.out.println("before 000: " + dialogue.id() + " " + dialogue.docs() + " event " + march.id());

            ingest(store, "000", "004");
            EventCatalog after = new EventCatalog(store);
            Story grown = storyOf(after.stories(), "000");
            System.out.println("after 000: " + grown.id() + " " + grown.docs());

            assertThat(grown.docs()).hasSize(3);
            assertThat(grown.id()).isEqualTo(dialogue.id());
            // without the saved ids the story would be named after 000, now its earliest member
            assertThat(grown.id()).isNotEqualTo(Story.idFor(grown.articles().get(0)));
            Event grownEvent = dialogueEvent(after.consolidated());
            assertThat(grownEvent.mentions()).hasSizeGreaterThan(march.mentions().size());
            assertThat(grownEvent.id()).isEqualTo(march.id());
            assertThat(grownEvent.story()).isEqualTo(dialogue.id());
            assertThat(storyOf(after.stories(), "003").id()).isEqualTo(storyOf(before.stories(), "003").id());
        }
    }

    @Test
    void ingestingEverythingTwiceGivesTheSameStoriesAndEvents(@TempDir Path dir) {
        SeedCorpus.load();
        try (ArticleStore store = ArticleStores.open(dir.resolve("store").toString())) {
            ingest(store, "004", "001", "003", "000", "002");
            EventCatalog first = new EventCatalog(store);
            List<Story> stories = first.stories();
            List<Event> events = first.consolidated();
            assertThat(stories).hasSize(3);

            ingest(store, "000", "001", "002", "003", "004");
            EventCatalog second = new EventCatalog(store);
            assertThat(second.stories()).isEqualTo(stories);
            assertThat(second.consolidated()).isEqualTo(events);
            assertThat(store.stableIds(ArticleStore.IdKind.STORY).keySet())
                    .containsExactlyInAnyOrderElementsOf(stories.stream().map(Story::id).toList());
            assertThat(store.stableIds(ArticleStore.IdKind.EVENT).keySet())
                    .containsExactlyInAnyOrderElementsOf(events.stream().map(Event::id).toList());
        }
    }

    @Test
    void theFinalMembershipDoesNotDependOnTheIngestOrder(@TempDir Path dir) {
        SeedCorpus.load();
        try (ArticleStore inOrder = ArticleStores.open(dir.resolve("a").toString());
             ArticleStore stepwise = ArticleStores.open(dir.resolve("b").toString())) {
            ingest(inOrder, "000", "001", "002", "003", "004");
            ingest(stepwise, "004", "002");
            new EventCatalog(stepwise).consolidated();
            ingest(stepwise, "003", "000");
            new EventCatalog(stepwise).consolidated();
            ingest(stepwise, "001");
            List<List<String>> a = new EventCatalog(inOrder).stories().stream().map(Story::docs).toList();
            List<List<String>> b = new EventCatalog(stepwise).stories().stream().map(Story::docs).toList();
            assertThat(b).containsExactlyInAnyOrderElementsOf(a);
            assertThat(idsByContent(new EventCatalog(stepwise).consolidated()).values())
                    .containsExactlyInAnyOrderElementsOf(idsByContent(new EventCatalog(inOrder).consolidated()).values());
        }
    }

    private static Event dialogueEvent(List<Event> events) {
        return events.stream().filter(e -> e.type().equals("CONSULT") && e.date().iso() != null
                        && e.date().iso().startsWith("2024-03"))
                .filter(e -> e.source().stream().anyMatch(a -> a.name().equals("Antony Blinken"))
                        || e.target().stream().anyMatch(a -> a.name().equals("Antony Blinken")))
                .findFirst().orElseThrow();
    }
}

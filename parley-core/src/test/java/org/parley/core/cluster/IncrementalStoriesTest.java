package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.EventDate;
import org.parley.model.Story;

/**
 * Incremental = batch: articles added one by one or in batches of any size, in any order, give the
 * stories the batch clusterer gives for all of them. Randomised with replayable seeds.
 */
class IncrementalStoriesTest {
    private static final String[] WORDS = ("earthquake flood summit election strike trial merger rescue storm fire "
            + "treaty protest verdict launch recall crash outbreak ceasefire tariff sanction budget vote hostage "
            + "border pipeline festival reactor vaccine drought harvest bridge satellite").split(" ");
    private static final String[] COMMON = ("government official people city report country police water power "
            + "week day minister president talks meeting statement agreement").split(" ");

    @ParameterizedTest(name = "maxBlock {0}")
    @ValueSource(ints = {200, 12, 4})
    void anyArrivalOrderAndBatchSizesGiveTheBatchStories(int maxBlock) {
        StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
        StoryClusterer clusterer = new StoryClusterer(new StoryClusterer.Settings(d.threshold(), d.minSimilarity(),
                d.neighbours(), d.scaleFloor(), maxBlock, d.keyTerms()));
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed * 31 + maxBlock);
            List<StoryEvidence> articles = articles(random);
            List<Story> batch = clusterer.cluster(articles);
            assertThat(batch).as("seed %d: some stories join several reports", seed)
                    .anySatisfy(s -> assertThat(s.articles()).hasSizeGreaterThan(1));

            List<StoryEvidence> arrivals = new ArrayList<>(articles);
            Collections.shuffle(arrivals, random);
            if (seed % 3 == 0) {
                arrivals.addAll(articles.subList(0, articles.size() / 3)); // the same articles again
            }
            IncrementalStories incremental = new IncrementalStories(clusterer);
            for (int from = 0; from < arrivals.size(); ) {
                int to = Math.min(arrivals.size(), from + 1 + random.nextInt(seed % 2 == 0 ? 3 : 40));
                incremental.add(arrivals.subList(from, to));
                from = to;
            }
            assertThat(incremental.stories()).as("seed %d", seed).isEqualTo(batch);
            assertThat(incremental.size()).isEqualTo(articles.size());
        }
    }

    @ParameterizedTest(name = "maxBlock {0}")
    @ValueSource(ints = {200, 4})
    void anArrivalReportsTheStoriesItChanged(int maxBlock) {
        StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
        StoryClusterer clusterer = new StoryClusterer(new StoryClusterer.Settings(d.threshold(), d.minSimilarity(),
                d.neighbours(), d.scaleFloor(), maxBlock, d.keyTerms()));
        List<StoryEvidence> articles = articles(new Random(7));
        IncrementalStories incremental = new IncrementalStories(clusterer);
        incremental.add(articles.subList(0, articles.size() - 1));
        List<Story> before = incremental.stories();
        StoryEvidence last = articles.get(articles.size() - 1);

        IncrementalStories.Change change = incremental.add(List.of(last));

        assertThat(change.changed()).anySatisfy(s -> assertThat(s.articles()).contains(last.article()));
        List<Story> after = incremental.stories();
        // every story that is not reported as changed was there before, unchanged
        after.stream().filter(s -> !change.changed().contains(s)).forEach(s -> assertThat(before).contains(s));
        assertThat(incremental.add(List.of(last)).changed()).as("an article already added changes nothing").isEmpty();
    }

    @Test
    void anArrivalReClustersOnlyTheStoriesItTouches() {
        StoryClusterer clusterer = StoryClusterer.withDefaults();
        List<StoryEvidence> articles = articles(new Random(11));
        IncrementalStories incremental = new IncrementalStories(clusterer);
        incremental.add(articles);
        LocalDate day = LocalDate.of(2020, 6, 1);
        StoryEvidence unrelated = new StoryEvidence(StoryClustererTest.id("lone"), "lone", "outlet", "glacier survey",
                day, null, DateWindow.reportedBy(day), ArticleTerms.ofText("glacier glacier survey moraine", List.of()));

        IncrementalStories.Change change = incremental.add(List.of(unrelated));

        assertThat(change.reclustered()).as("an article sharing no key with the store").isEqualTo(1);
        assertThat(change.rounds()).isEqualTo(1);
        List<StoryEvidence> all = new ArrayList<>(articles);
        all.add(unrelated);
        assertThat(incremental.stories()).isEqualTo(clusterer.cluster(all));
    }

    // Reports of a few dozen events: each event has its own rare words, names, place and dates; some
    // events repeat the same people months apart; some reports have no lead event or no date.
    static List<StoryEvidence> articles(Random random) {
        List<StoryEvidence> out = new ArrayList<>();
        int events = 8 + random.nextInt(20);
        for (int e = 0; e < events; e++) {
            String topic = WORDS[random.nextInt(WORDS.length)];
            String place = "place" + random.nextInt(6);
            String person = "person" + random.nextInt(8);
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(400));
            int reports = 1 + random.nextInt(6);
            for (int r = 0; r < reports; r++) {
                StringBuilder text = new StringBuilder(topic + " " + topic + " " + place + " event" + e);
                for (int w = 0; w < 12; w++) {
                    text.append(' ').append(random.nextBoolean() ? COMMON[random.nextInt(COMMON.length)]
                            : WORDS[random.nextInt(WORDS.length)]);
                }
                LocalDate published = day.plusDays(random.nextInt(3));
                StoryEvidence.LeadEvent lead = random.nextInt(3) == 0 ? null : new StoryEvidence.LeadEvent(
                        random.nextBoolean() ? "CONSULT" : "AID", null, Set.of(person, "other" + random.nextInt(8)),
                        Set.of("USA"), random.nextInt(4) == 0 ? new EventDate.Unknown(List.of())
                                : new EventDate.ExactDay(day, EventDate.Basis.STATED, List.of("on Monday")),
                        random.nextBoolean() ? place : null, null);
                boolean undated = random.nextInt(8) == 0;
                DateWindow when = lead != null && lead.window() != null ? lead.window()
                        : undated ? null : DateWindow.reportedBy(published);
                String doc = "e" + e + "r" + r;
                // a lead of its own (the first words and the person), as annotated articles have
                ArticleTerms all = ArticleTerms.ofText(text.toString(), List.of(person, place));
                Map<String, Integer> leadTerms = new TreeMap<>();
                java.util.Arrays.stream(text.toString().split(" ")).limit(6).forEach(w -> leadTerms.merge(w, 1, Integer::sum));
                leadTerms.merge(person.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                out.add(new StoryEvidence(StoryClustererTest.id(doc), doc, "outlet" + r, topic + " in " + place,
                        undated ? null : published, lead, when, new ArticleTerms(all.words(), all.names(), leadTerms)));
            }
        }
        return out;
    }
}

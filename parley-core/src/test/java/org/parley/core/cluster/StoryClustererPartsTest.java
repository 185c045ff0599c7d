package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.EventDate;
import org.parley.model.Story;

/**
 * The public parts of the clusterer (term weights, blocking keys, similarity, scale, link score,
 * merge of a component) put together as the distributed job does give the stories
 * {@link StoryClusterer#cluster} gives.
 */
class StoryClustererPartsTest {
    private static final String REVIEW = "Secretary of State Antony Blinken met Foreign Minister Bui Thanh Son for the annual "
            + "review of the partnership, discussing semiconductors, critical minerals and the Mekong Delta";
    private static final String STORM = "A tropical storm flooded the coastal provinces and closed the ports, officials "
            + "said, and thousands of fishing boats stayed in harbour";

    @Test
    void componentsMergedOneByOneGiveTheWholeBatchsStories() {
        List<StoryEvidence> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(meeting("june" + i, LocalDate.of(2024, 6, 20 + i % 2), REVIEW + " " + i));
            items.add(meeting("feb" + i, LocalDate.of(2024, 2, 10), REVIEW + " in Hanoi " + i));
        }
        items.add(general("storm1", LocalDate.of(2024, 6, 20), STORM));
        items.add(general("storm2", LocalDate.of(2024, 6, 21), STORM + " overnight"));
        items.add(general("alone", LocalDate.of(2023, 1, 5), "The central bank left its interest rate unchanged"));
        StoryClusterer clusterer = StoryClusterer.withDefaults();

        // weights → blocks → candidate pairs → similarities → scales → scored links, as the job computes them
        TermWeights weights = TermWeights.background();
        Map<String, Set<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String key : clusterer.blockingKeys(items.get(i), weights)) {
                blocks.computeIfAbsent(key, k -> new TreeSet<>()).add(i);
            }
        }
        Set<List<Integer>> pairs = new TreeSet<>((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1) - b.get(1) : a.get(0) - b.get(0));
        blocks.values().stream().filter(b -> b.size() >= 2 && b.size() <= clusterer.settings().maxBlock()).forEach(b -> {
            List<Integer> members = new ArrayList<>(b);
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    pairs.add(List.of(members.get(x), members.get(y)));
                }
            }
        });
        Map<List<Integer>, Double> similarity = new HashMap<>();
        Map<Integer, List<Double>> around = new HashMap<>();
        for (List<Integer> p : pairs) {
            double s = clusterer.similarity(items.get(p.get(0)), items.get(p.get(1)), weights);
            assertThat(clusterer.similarity(items.get(p.get(1)), items.get(p.get(0)), weights)).isEqualTo(s);
            similarity.put(p, s);
            around.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(s);
            around.computeIfAbsent(p.get(1), k -> new ArrayList<>()).add(s);
        }
        List<StoryClusterer.ScoredLink> links = new ArrayList<>();
        int[] component = new int[items.size()];
        for (int i = 0; i < component.length; i++) {
            component[i] = i;
        }
        for (List<Integer> p : pairs) {
            StoryEvidence a = items.get(p.get(0));
            StoryEvidence b = items.get(p.get(1));
            double score = clusterer.linkScore(a, b, similarity.get(p), clusterer.scale(around.get(p.get(0))),
                    clusterer.scale(around.get(p.get(1))));
            if (score > 0) {
                links.add(new StoryClusterer.ScoredLink(a.article(), b.article(), score));
                int from = component[p.get(1)];
                int to = component[p.get(0)];
                for (int i = 0; i < component.length; i++) {
                    if (component[i] == from) {
                        component[i] = to;
                    }
                }
            }
        }
        Map<Integer, List<StoryEvidence>> byComponent = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byComponent.computeIfAbsent(component[i], c -> new ArrayList<>()).add(items.get(i));
        }
        Set<List<ArticleId>> fromParts = new java.util.HashSet<>();
        for (List<StoryEvidence> members : byComponent.values()) {
            clusterer.clusterLinked(members, links).forEach(s -> fromParts.add(s.articles()));
        }

        List<Story> whole = clusterer.cluster(items);
        assertThat(whole).hasSizeGreaterThan(2).hasSizeLessThan(items.size());
        assertThat(fromParts).isEqualTo(new java.util.HashSet<>(whole.stream().map(Story::articles).toList()));
    }

    private static StoryEvidence meeting(String doc, LocalDate day, String text) {
        var lead = new StoryEvidence.LeadEvent("CONSULT", "meeting", Set.of("antony blinken", "bui thanh son"),
                Set.of("USA", "VNM"), new EventDate.ExactDay(day, EventDate.Basis.STATED, List.of(day.toString())), null, null);
        return new StoryEvidence(StoryClustererTest.id(doc), doc, "wire", "About " + doc, day, lead, lead.window(),
                ArticleTerms.ofText(text, List.of("Blinken", "Son")));
    }

    private static StoryEvidence general(String doc, LocalDate published, String text) {
        return new StoryEvidence(StoryClustererTest.id(doc), doc, "wire", "About " + doc, published, null,
                DateWindow.reportedBy(published), ArticleTerms.ofText(text, List.of()));
    }
}

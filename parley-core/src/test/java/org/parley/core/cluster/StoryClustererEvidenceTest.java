package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Story;

/**
 * The general-news evidence of the clusterer: specific words and names weigh more than the words
 * every report of the kind shares, and groups merge by average linkage, not by one look-alike pair.
 */
class StoryClustererEvidenceTest {
    private final StoryClusterer clusterer = StoryClusterer.withDefaults();

    @Test
    void twoRehabStaysOfDifferentPeopleAreTwoStoriesThoughTheyReadAlike() {
        List<StoryEvidence> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(general("reid" + i, "Actress Tara Reid checked into the Promises clinic in Malibu, her "
                    + "representative Jack Keller told the magazine, asking for privacy " + variant(i), "Reid", "Promises",
                    "Malibu", "Keller"));
            items.add(general("lohan" + i, "Actress Lindsay Lohan checked into the Betty Ford clinic in Rancho Mirage "
                    + "after a court order, her lawyer Shawn Holley told the magazine " + variant(i), "Lohan",
                    "Betty Ford", "Rancho Mirage", "Holley"));
        }

        List<Story> stories = clusterer.cluster(items);

        assertThat(stories).hasSize(2);
        assertThat(stories).allSatisfy(s -> assertThat(s.docs()).hasSize(4)
                .allMatch(d -> d.startsWith(s.docs().get(0).substring(0, 4))));
    }

    @Test
    void anUnrelatedReportStaysAlone() {
        List<StoryEvidence> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(general("quake" + i, "A magnitude 6.1 earthquake struck Sumatra near Padang, the geological survey "
                    + "said, damaging buildings " + variant(i), "Sumatra", "Padang"));
        }
        items.add(general("bank", "The central bank left its interest rate unchanged in Frankfurt", "Frankfurt"));

        List<Story> stories = clusterer.cluster(items);

        assertThat(stories).extracting(s -> s.docs().size()).containsExactlyInAnyOrder(3, 1);
    }

    @Test
    void twoTightGroupsJoinedByOneLinkStayApart() {
        List<StoryEvidence> members = new ArrayList<>();
        List<StoryClusterer.ScoredLink> links = new ArrayList<>();
        for (String group : List.of("x", "y")) {
            for (int i = 0; i < 6; i++) {
                members.add(general(group + i, group));
                for (int j = 0; j < i; j++) {
                    links.add(new StoryClusterer.ScoredLink(StoryClustererTest.id(group + j), StoryClustererTest.id(group + i), 1.0));
                }
            }
        }
        // one look-alike pair across, above the threshold alone: its average over the 36 cross pairs is far under it
        links.add(new StoryClusterer.ScoredLink(StoryClustererTest.id("x0"), StoryClustererTest.id("y0"), 0.9));

        List<Story> stories = clusterer.clusterLinked(members, links);

        assertThat(stories).extracting(s -> s.docs().size()).containsExactly(6, 6);
        // the same links given twice (a distributed run meets a pair in several blocks) change nothing
        List<StoryClusterer.ScoredLink> twice = new ArrayList<>(links);
        twice.addAll(links);
        assertThat(clusterer.clusterLinked(members, twice)).isEqualTo(stories);
    }

    private static String variant(int i) {
        return List.of("on Tuesday", "late on Tuesday night", "this week, sources said", "in a statement").get(i);
    }

    private static StoryEvidence general(String doc, String text, String... names) {
        return new StoryEvidence(StoryClustererTest.id(doc), doc, "wire", "About " + doc, null, null, null,
                ArticleTerms.ofText(text, List.of(names)));
    }
}

package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Story;

/**
 * The general-news evidence of the clusterer: the people an article is about, and the link
 * density two groups need to merge.
 */
class StoryClustererEvidenceTest {
    private static final String REHAB = "The actress checked into a rehabilitation clinic in Malibu on Tuesday, her "
            + "representative told the magazine, asking for privacy for her family at this time";
    private final StoryClusterer clusterer = StoryClusterer.withDefaults();

    @Test
    void lookAlikeReportsAboutDifferentPeopleAreNotLinked() {
        String other = "The singer checked into a rehabilitation clinic in Malibu on Friday after a court order, her "
                + "lawyer told the magazine, the third stay this year";
        StoryEvidence reid = general("reid", Set.of("p:reid"), Set.of("reid", "malibu", "promises"), REHAB);
        StoryEvidence lohan = general("lohan", Set.of("p:lohan"), Set.of("lohan", "malibu", "court", "betty ford", "palm springs", "sheriff"), other);
        StoryEvidence unnamed = general("unnamed", Set.of(), Set.of("lohan", "malibu", "court", "betty ford", "palm springs", "sheriff"), other);

        // alike enough to link when nothing says who they are about, not when they name different people
        assertThat(clusterer.linkScore(reid, unnamed)).isPositive();
        assertThat(clusterer.linkScore(reid, lohan)).isZero();
        assertThat(clusterer.cluster(List.of(reid, lohan))).hasSize(2);
    }

    @Test
    void nearCopiesAboutDifferentPeopleStillLink() {
        StoryEvidence a = general("a", Set.of("p:reid"), Set.of("malibu", "promises"), REHAB);
        StoryEvidence b = general("b", Set.of("p:lohan"), Set.of("malibu", "promises"), REHAB);

        assertThat(clusterer.linkScore(a, b)).isGreaterThan(StoryClusterer.DIFFERENT_PEOPLE_THRESHOLD);
    }

    @Test
    void twoTightGroupsJoinedByOneLinkStayApart() {
        List<StoryEvidence> members = new ArrayList<>();
        List<StoryClusterer.ScoredLink> links = new ArrayList<>();
        for (String group : List.of("x", "y")) {
            for (int i = 0; i < 6; i++) {
                members.add(general(group + i, Set.of(), Set.of(), group));
                for (int j = 0; j < i; j++) {
                    links.add(new StoryClusterer.ScoredLink(StoryClustererTest.id(group + j), StoryClustererTest.id(group + i), 0.5));
                }
            }
        }
        // one look-alike pair across: 1 of 36 cross pairs, under the density needed
        links.add(new StoryClusterer.ScoredLink(StoryClustererTest.id("x0"), StoryClustererTest.id("y0"), 0.3));

        List<Story> stories = clusterer.clusterLinked(members, links);

        assertThat(stories).extracting(s -> s.docs().size()).containsExactly(6, 6);
        // the same links given twice (a distributed run meets a pair in several blocks) change nothing
        List<StoryClusterer.ScoredLink> twice = new ArrayList<>(links);
        twice.addAll(links);
        assertThat(clusterer.clusterLinked(members, twice)).isEqualTo(stories);
    }

    private static StoryEvidence general(String doc, Set<String> actors, Set<String> entities, String text) {
        return new StoryEvidence(StoryClustererTest.id(doc), doc, "wire", "About " + doc, null, null, actors, Set.of(),
                entities, null, TextSignature.of(text));
    }
}

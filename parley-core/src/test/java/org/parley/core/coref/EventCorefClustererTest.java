package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.core.coref.CorefFixtures.SENSES;
import static org.parley.core.coref.CorefFixtures.WEIGHTS;
import static org.parley.core.coref.CorefFixtures.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EventCorefClustererTest {

    private final EventCorefClusterer clusterer = new EventCorefClusterer(SENSES, WEIGHTS);
    private static final Function<String, String> ONE_STORY = doc -> "s";

    @Test
    void synonymsAndNominalisationsJoinOneChain() {
        Map<String, String> chains = clusterer.cluster(List.of(
                mention("a", "d1", 0, "hit", WordClass.VERB),
                mention("b", "d2", 0, "strike", WordClass.VERB),
                mention("c", "d1", 2, "meet", WordClass.VERB),
                mention("d", "d2", 3, "meeting", WordClass.NOUN)), ONE_STORY);
        assertThat(chains).containsEntry("a", "a").containsEntry("b", "a")
                .containsEntry("c", "c").containsEntry("d", "c");
    }

    @Test
    void conflictingPlacesAndDatesSplitOneLemma() {
        Map<String, String> chains = clusterer.cluster(List.of(
                mention("a", "d1", "hit", Set.of(), Set.of("indonesia"), Set.of("2009-09-02")),
                mention("b", "d2", "hit", Set.of(), Set.of("indonesia"), Set.of("2009-09")),
                mention("c", "d3", "hit", Set.of(), Set.of("iran"), Set.of("2003-12-26"))), ONE_STORY);
        assertThat(chains).containsEntry("b", "a").containsEntry("c", "c");
    }

    @Test
    void mentionsInDifferentStoriesNeverCorefer() {
        Map<String, String> chains = clusterer.cluster(List.of(
                mention("a", "d1", 0, "arrest", WordClass.VERB),
                mention("b", "d2", 0, "arrest", WordClass.VERB),
                mention("c", "d3", 0, "arrest", WordClass.VERB)), doc -> doc.equals("d3") ? "other" : "s");
        assertThat(chains).containsEntry("b", "a").containsEntry("c", "c");
    }

    @Test
    void aDocumentWithoutStoryStandsAlone() {
        Map<String, String> chains = clusterer.cluster(List.of(
                mention("a", "d1", 0, "arrest", WordClass.VERB),
                mention("b", "d2", 0, "arrest", WordClass.VERB)), doc -> doc.equals("d1") ? "s" : null);
        assertThat(chains).containsEntry("a", "a").containsEntry("b", "b");
    }

    @Test
    void twoMentionsOfOneSentenceStayApart() {
        Map<String, String> chains = clusterer.cluster(List.of(
                mention("a", "d1", 4, "attack", WordClass.NOUN),
                mention("b", "d1", 4, "attack", WordClass.VERB)), ONE_STORY);
        assertThat(chains).containsEntry("b", "b");
    }

    @Test
    void theChainsAreTheSameInAnyInputOrder() {
        List<CorefMention> mentions = new ArrayList<>(List.of(
                mention("a", "d1", 0, "hit", WordClass.VERB),
                mention("b", "d2", 1, "strike", WordClass.VERB),
                mention("c", "d3", 0, "hit", WordClass.VERB),
                mention("d", "d1", 5, "meeting", WordClass.NOUN),
                mention("e", "d2", 2, "meet", WordClass.VERB),
                mention("f", "d3", 3, "talk", WordClass.NOUN),
                mention("g", "d4", "hit", Set.of("smith"), Set.of("ohio"), Set.of("2010-05-01")),
                mention("h", "d5", "hit", Set.of("jones"), Set.of("utah"), Set.of("2011-01-01"))));
        Map<String, String> expected = clusterer.cluster(mentions, ONE_STORY);
        Random random = new Random(20261205L);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(mentions, random);
            assertThat(clusterer.cluster(mentions, ONE_STORY)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void aRepeatedIdIsRejected() {
        assertThatThrownBy(() -> clusterer.cluster(List.of(
                mention("a", "d1", 0, "hit", WordClass.VERB),
                mention("a", "d2", 0, "hit", WordClass.VERB)), ONE_STORY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }

    @Test
    void withTheBundledWeightsRepeatedReportsAndPronounsStayApartWhileARepeatedEventJoins() {
        EventCorefClusterer bundled = new EventCorefClusterer(SENSES, CorefWeights.bundled());
        Map<String, String> chains = bundled.cluster(List.of(
                mention("a", "d1", 1, "say", WordClass.VERB),
                mention("b", "d2", 1, "say", WordClass.VERB),
                mention("c", "d1", 2, "it", WordClass.OTHER),
                mention("d", "d2", 2, "it", WordClass.OTHER),
                mention("e", "d1", 3, "arrest", WordClass.NOUN),
                mention("f", "d2", 3, "arrest", WordClass.VERB)), ONE_STORY);
        assertThat(chains).containsEntry("b", "b").containsEntry("d", "d").containsEntry("f", "e");
    }
}

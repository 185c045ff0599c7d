package org.parley.core.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.coref.CorefFixtures.SENSES;
import static org.parley.core.coref.CorefFixtures.WEIGHTS;
import static org.parley.core.coref.CorefFixtures.mention;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.core.coref.NeighbourStories.DocumentPair;

class NeighbourStoriesTest {

    private static final Map<String, String> STORY_OF = Map.of("d1", "s1", "d2", "s1", "d3", "s2", "d4", "s3", "d5", "s4");

    @Test
    void storiesWithACloseDocumentPairJoinOneBlockTransitively() {
        Map<String, String> blocks = NeighbourStories.blocks(STORY_OF, List.of(
                new DocumentPair("d2", "d3", 0.7),
                new DocumentPair("d4", "d3", 0.65),
                new DocumentPair("d1", "d5", 0.3)), 0.6);
        assertThat(blocks).containsEntry("s1", "s1").containsEntry("s2", "s1").containsEntry("s3", "s1")
                .containsEntry("s4", "s4");
    }

    @Test
    void theBlocksDoNotDependOnThePairsOrder() {
        List<DocumentPair> pairs = List.of(new DocumentPair("d4", "d3", 0.9), new DocumentPair("d3", "d2", 0.9));
        assertThat(NeighbourStories.blocks(STORY_OF, pairs, 0.6))
                .isEqualTo(NeighbourStories.blocks(STORY_OF, List.of(pairs.get(1), pairs.get(0)), 0.6))
                .containsEntry("s3", "s1");
    }

    @Test
    void aDocumentNearerToAnotherStoryThanToItsOwnJoinsThatStorysBlock() {
        // d1 reads like d3 (0.5) more than like d2 of its own story (0.4): the split story meets again
        List<DocumentPair> pairs = List.of(new DocumentPair("d1", "d2", 0.4), new DocumentPair("d1", "d3", 0.5),
                new DocumentPair("d4", "d5", 0.3));
        assertThat(NeighbourStories.blocks(STORY_OF, pairs, 0.6, 0.45)).containsEntry("s2", "s1")
                .containsEntry("s3", "s3").containsEntry("s4", "s4");
        // below the floor, or with the close-pair rule only, the stories stay apart
        assertThat(NeighbourStories.blocks(STORY_OF, pairs, 0.6, 0.55)).containsEntry("s2", "s2");
        assertThat(NeighbourStories.blocks(STORY_OF, pairs, 0.6)).containsEntry("s2", "s2");
    }

    @Test
    void aDocumentAsNearToItsOwnStoryStaysOut() {
        // d1 is as near to d2 (its story) as to d3; d3's nearest is d4, so only s2 and s3 meet
        List<DocumentPair> pairs = List.of(new DocumentPair("d1", "d2", 0.5), new DocumentPair("d3", "d1", 0.5),
                new DocumentPair("d3", "d4", 0.55));
        assertThat(NeighbourStories.blocks(STORY_OF, pairs, 0.6, 0.45)).containsEntry("s1", "s1")
                .containsEntry("s2", "s2").containsEntry("s3", "s2");
    }

    @Test
    void mentionsOfNeighbourStoriesMeetButPayThePenalty() {
        EventCorefClusterer clusterer = new EventCorefClusterer(SENSES, WEIGHTS);
        List<CorefMention> mentions = List.of(
                mention("a", "d1", 0, "arrest", WordClass.VERB),
                mention("b", "d3", 0, "arrest", WordClass.VERB),
                mention("c", "d4", 0, "hit", WordClass.VERB),
                mention("d", "d5", 0, "strike", WordClass.VERB));
        Map<String, String> blocks = Map.of("s1", "s1", "s2", "s1", "s3", "s3", "s4", "s3");
        Map<String, String> chains = clusterer.cluster(mentions, STORY_OF::get, blocks::get);
        // same lemma across stories: 1 - 0.4 still links; a related pair (0.8 - 0.4) does not
        assertThat(chains).containsEntry("b", "a").containsEntry("c", "c").containsEntry("d", "d");
        // without blocks the stories stay apart
        assertThat(clusterer.cluster(mentions, STORY_OF::get)).containsEntry("b", "b");
    }
}

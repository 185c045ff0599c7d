package org.parley.core.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides which event mentions corefer, within each document cluster (story).
 *
 * <p>Contract: given mentions with unique ids and a document clustering (document → story key),
 * returns every mention's chain, named by the smallest id in it. Mentions of documents in different
 * stories never share a chain; a document the clustering does not know is a story of its own.
 * Within a story, clustering is average-link agglomerative over {@link MentionAffinity} scores:
 * the two groups with the highest mean pair score join while that mean reaches the threshold of
 * {@link CorefWeights}.
 *
 * <p>Order independence: mentions are sorted by id before scoring and ties between equal means go to
 * the pair of groups with the smallest ids, so any permutation of the input gives the same chains.
 *
 * <p>Design decision: average link, not single link. Single link chains "hit" to "strike" to
 * "attack" to "war" through one related pair each; the mean over all pairs lets a group grow only
 * while its members agree as a whole, which is also where argument conflicts take effect.
 *
 * <p>Cost: quadratic in a story's mentions for the scores, cubic at worst for the merges; stories are
 * tens to hundreds of mentions. Immutable and thread-safe when its inventory is.
 */
public final class EventCorefClusterer {

    private final MentionAffinity affinity;
    private final double threshold;
    private final double otherStory;

    public EventCorefClusterer(SenseInventory senses, CorefWeights weights) {
        this.affinity = new MentionAffinity(senses, weights);
        this.threshold = weights.threshold();
        this.otherStory = weights.otherStory();
    }

    /** Chains of {@code mentions} within the stories of {@code storyOfDocument}: mention id → chain id. */
    public Map<String, String> cluster(List<CorefMention> mentions, Function<String, String> storyOfDocument) {
        return cluster(mentions, storyOfDocument, story -> story);
    }

    /**
     * Chains of {@code mentions} within blocks of stories ({@link NeighbourStories}): mentions of
     * different blocks never corefer; two mentions of one block but different stories score the
     * {@link CorefWeights#otherStory()} penalty less. A story {@code blockOfStory} does not know is
     * a block of its own.
     */
    public Map<String, String> cluster(List<CorefMention> mentions, Function<String, String> storyOfDocument,
                                       Function<String, String> blockOfStory) {
        Objects.requireNonNull(storyOfDocument, "storyOfDocument");
        Objects.requireNonNull(blockOfStory, "blockOfStory");
        Set<String> ids = new HashSet<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, List<CorefMention>> byBlock = new TreeMap<>();
        for (CorefMention m : mentions) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("mention id given twice: " + m.id());
            }
            String story = storyOfDocument.apply(m.document());
            String key = story == null ? "\u0000doc:" + m.document() : "story:" + story;
            storyOf.put(m.id(), key);
            String block = story == null ? null : blockOfStory.apply(story);
            byBlock.computeIfAbsent(block == null ? key : "block:" + block, k -> new ArrayList<>()).add(m);
        }
        Map<String, String> chainOf = new TreeMap<>();
        for (List<CorefMention> block : byBlock.values()) {
            block.sort(Comparator.comparing(CorefMention::id));
            for (List<CorefMention> chain : agglomerate(block, storyOf)) {
                String name = chain.get(0).id();
                chain.forEach(m -> chainOf.put(m.id(), name));
            }
        }
        return chainOf;
    }

    /** Average-link clustering of one block's mentions, sorted by id; each group stays sorted by id. */
    private List<List<CorefMention>> agglomerate(List<CorefMention> mentions, Map<String, String> storyOf) {
        int n = mentions.size();
        // sums[i][j]: the summed pair scores between groups i and j; a group lives at its first member's index
        double[][] sums = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                CorefMention a = mentions.get(i);
                CorefMention b = mentions.get(j);
                double s = affinity.score(a, b) - (storyOf.get(a.id()).equals(storyOf.get(b.id())) ? 0 : otherStory);
                sums[i][j] = s;
                sums[j][i] = s;
            }
        }
        List<List<CorefMention>> groups = new ArrayList<>();
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(mentions.get(i))));
            size[i] = 1;
            alive[i] = true;
        }
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; alive[i] && j < n; j++) {
                    double mean = sums[i][j] / ((double) size[i] * size[j]);
                    // strictly greater: the first (smallest-id) pair wins a tie, whatever the input order
                    if (alive[j] && mean > best) {
                        best = mean;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0 || best < threshold) {
                break;
            }
            groups.get(bestI).addAll(groups.get(bestJ));
            groups.get(bestI).sort(Comparator.comparing(CorefMention::id));
            size[bestI] += size[bestJ];
            alive[bestJ] = false;
            for (int k = 0; k < n; k++) {
                sums[bestI][k] += sums[bestJ][k];
                sums[k][bestI] = sums[bestI][k];
            }
        }
        List<List<CorefMention>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(groups.get(i));
            }
        }
        return out;
    }
}

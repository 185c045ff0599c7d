package org.parley.core.coref;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which stories are resolved together: a story and the stories its documents read most like.
 * Document clustering splits some real stories (reports of one event written apart); their
 * mentions would never meet. Two stories join one block when some pair of their documents is at
 * least as similar as {@link CorefWeights#neighbourSimilarity()}; blocks are the connected stories.
 *
 * <p>Reads the stories of documents and scored document pairs (any similarity, such as the story
 * clusterer's); gives each story its block, named by the block's smallest story key, so the result
 * does not depend on the order of the pairs.
 *
 * <p>Design decision: the closest pair, not the mean over the stories' documents. A split part of a
 * story has one or two documents that read like the rest (the wire copy), while the mean is as low
 * for the parts of one story as for two events of one kind.
 */
public final class NeighbourStories {

    /**
     * Two documents and how alike they read.
     *
     * @param a          one document
     * @param b          the other
     * @param similarity in [0, 1]
     */
    public record DocumentPair(String a, String b, double similarity) {
        public DocumentPair {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    private NeighbourStories() {
    }

    /**
     * Story → block for every story of {@code storyOfDocument}: a story alone is its own block.
     * Pairs naming a document without a story are ignored.
     */
    public static Map<String, String> blocks(Map<String, String> storyOfDocument, Collection<DocumentPair> pairs,
                                             double threshold) {
        Map<String, String> parent = new TreeMap<>();
        storyOfDocument.values().forEach(s -> parent.put(s, s));
        for (DocumentPair p : pairs) {
            String x = storyOfDocument.get(p.a());
            String y = storyOfDocument.get(p.b());
            if (x != null && y != null && p.similarity() >= threshold) {
                String rx = root(parent, x);
                String ry = root(parent, y);
                // the smaller key becomes the root, so the block's name is its smallest story
                if (rx.compareTo(ry) < 0) {
                    parent.put(ry, rx);
                } else {
                    parent.put(rx, ry);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        parent.keySet().forEach(s -> out.put(s, root(parent, s)));
        return Map.copyOf(out);
    }

    private static String root(Map<String, String> parent, String s) {
        String r = s;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}

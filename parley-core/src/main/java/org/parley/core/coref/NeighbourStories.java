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
 * least as similar as {@link CorefWeights#neighbourSimilarity()}, or when a document reads more
 * like a document of the other story than like any of its own and that pair still reaches
 * {@code misplaced}; blocks are the connected stories.
 *
 * <p>Reads the stories of documents and scored document pairs (any similarity, such as the story
 * clusterer's); gives each story its block, named by the block's smallest story key, so the result
 * does not depend on the order of the pairs.
 *
 * <p>Design decision: the closest pair, not the mean over the stories' documents. A split part of a
 * story has one or two documents that read like the rest (the wire copy), while the mean is as low
 * for the parts of one story as for two events of one kind. The second rule catches a split the
 * first misses: when average linkage leaves a report with loosely related ones (a story of
 * leftovers), its nearest document sits in the other part, closer than anything in its own story.
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

    /** {@link #blocks(Map, Collection, double, double)} with the close-pair rule only. */
    public static Map<String, String> blocks(Map<String, String> storyOfDocument, Collection<DocumentPair> pairs,
                                             double threshold) {
        return blocks(storyOfDocument, pairs, threshold, threshold);
    }

    /**
     * Story → block for every story of {@code storyOfDocument}: a story alone is its own block.
     * Pairs naming a document without a story are ignored.
     *
     * @param threshold the similarity at which any two documents join their stories' blocks
     * @param misplaced the similarity at which a document joins the story of its nearest document,
     *                  when that lies in another story and is nearer than every document of its own
     */
    public static Map<String, String> blocks(Map<String, String> storyOfDocument, Collection<DocumentPair> pairs,
                                             double threshold, double misplaced) {
        Map<String, String> parent = new TreeMap<>();
        storyOfDocument.values().forEach(s -> parent.put(s, s));
        Map<String, Double> nearestOwn = new HashMap<>();
        Map<String, DocumentPair> nearestOther = new TreeMap<>();
        for (DocumentPair p : pairs) {
            String x = storyOfDocument.get(p.a());
            String y = storyOfDocument.get(p.b());
            if (x == null || y == null) {
                continue;
            }
            if (x.equals(y)) {
                nearestOwn.merge(p.a(), p.similarity(), Math::max);
                nearestOwn.merge(p.b(), p.similarity(), Math::max);
                continue;
            }
            if (p.similarity() >= threshold) {
                join(parent, x, y);
            }
            nearestOther.merge(p.a(), p, NeighbourStories::nearer);
            nearestOther.merge(p.b(), p, NeighbourStories::nearer);
        }
        nearestOther.forEach((doc, p) -> {
            if (p.similarity() >= misplaced && p.similarity() > nearestOwn.getOrDefault(doc, 0.0)) {
                join(parent, storyOfDocument.get(p.a()), storyOfDocument.get(p.b()));
            }
        });
        Map<String, String> out = new HashMap<>();
        parent.keySet().forEach(s -> out.put(s, root(parent, s)));
        return Map.copyOf(out);
    }

    /** The more similar pair; equal similarities go to the pair with the smaller documents, whatever the order. */
    private static DocumentPair nearer(DocumentPair p, DocumentPair q) {
        if (p.similarity() != q.similarity()) {
            return p.similarity() > q.similarity() ? p : q;
        }
        return key(p).compareTo(key(q)) <= 0 ? p : q;
    }

    private static String key(DocumentPair p) {
        return p.a().compareTo(p.b()) < 0 ? p.a() + "\u0000" + p.b() : p.b() + "\u0000" + p.a();
    }

    private static void join(Map<String, String> parent, String x, String y) {
        String rx = root(parent, x);
        String ry = root(parent, y);
        // the smaller key becomes the root, so the block's name is its smallest story
        if (rx.compareTo(ry) < 0) {
            parent.put(ry, rx);
        } else {
            parent.put(rx, ry);
        }
    }

    private static String root(Map<String, String> parent, String s) {
        String r = s;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}

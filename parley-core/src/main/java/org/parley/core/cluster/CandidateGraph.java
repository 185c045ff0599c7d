package org.parley.core.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.ArticleId;

/**
 * The candidate pairs of the articles added so far, scored as {@link StoryClusterer#cluster} scores
 * them: blocks, raw similarities, each article's scale, and each pair's link. Articles are numbered
 * in the order they were added.
 *
 * <p>An arrival joins its blocks and pairs with their members (a block growing past
 * {@link StoryClusterer.Settings#maxBlock()} withdraws the pairs only it made); the articles whose
 * candidates changed get their scale again, and the pairs whose scale or existence changed their
 * link. {@link #add} says which articles must be clustered again: a set that holds one end of every
 * link that changed (the arrivals, the rescaled articles, one end of each withdrawn pair), so the
 * links among all other articles are as they were.
 *
 * <p>Per article it holds the evidence without its term counts (those live on in its vectors, whose
 * terms are numbers of one {@link TermIds}), the vectors, its few best similarities, and per candidate pair 24 bytes
 * on each side. Not thread-safe.
 */
final class CandidateGraph {
    private static final ArticleTerms NO_TERMS = new ArticleTerms(Map.of(), Map.of());

    /** Receives one link of an article. */
    interface LinkVisitor {
        void visit(int partner, double link);
    }

    private final StoryClusterer clusterer;
    private final TermWeights weights = TermWeights.background();
    private final TermIds termIds = new TermIds(); // before blocks: they share it
    private final Map<ArticleId, Integer> index = new HashMap<>();
    private final List<Node> nodes = new java.util.ArrayList<>();
    private final BlockIndex blocks = new BlockIndex(termIds);
    private final int neighbours;
    private final double floorScale; // the scale of an article with no similar candidate

    CandidateGraph(StoryClusterer clusterer) {
        this.clusterer = clusterer;
        this.neighbours = clusterer.settings().neighbours();
        this.floorScale = clusterer.scale(List.of());
    }

    int size() {
        return nodes.size();
    }

    /** The current candidate pairs, each counted once. */
    long pairCount() {
        long sides = 0;
        for (Node n : nodes) {
            for (int k = 0; k < n.pairs; k++) {
                sides += n.via[k] > 0 ? 1 : 0;
            }
        }
        return sides / 2;
    }

    /** The number of an article added before, or null. */
    Integer indexOf(ArticleId article) {
        return index.get(article);
    }

    /** An article's evidence, without its term counts. */
    StoryEvidence evidence(int article) {
        return nodes.get(article).evidence;
    }

    /** Visits the links above 0 of a current candidate pair of this article. */
    void forEachLink(int article, LinkVisitor visitor) {
        Node n = nodes.get(article);
        for (int k = 0; k < n.pairs; k++) {
            if (n.via[k] > 0 && n.link[k] > 0) {
                visitor.visit(n.partner[k], n.link[k]);
            }
        }
    }

    /**
     * Adds the articles not added before and rescores what they change.
     *
     * @return one end of every link that changed (the arrivals among them)
     */
    Set<Integer> add(Iterable<StoryEvidence> arrivals) {
        Set<Integer> candidatesChanged = new HashSet<>();
        Set<Integer> seeds = new HashSet<>();
        Set<Integer> added = new HashSet<>();
        for (StoryEvidence e : arrivals) {
            if (!index.containsKey(e.article())) {
                candidatesChanged.addAll(join(e, seeds));
                added.add(nodes.size() - 1);
            }
        }
        seeds.addAll(added);
        seeds.addAll(relink(candidatesChanged, added));
        return seeds;
    }

    // Indexes one article under its blocking keys and scores its new candidate pairs; returns the
    // articles whose candidates changed.
    private Set<Integer> join(StoryEvidence e, Set<Integer> seeds) {
        int a = nodes.size();
        // the vectors keep the terms as numbers: one copy of each term string, in termIds
        Node node = new Node(neighbours, new StoryEvidence(e.article(), e.doc(), e.outlet(), e.title(), e.published(),
                e.lead(), e.when(), NO_TERMS), weights.vectors(e.terms(), termIds));
        nodes.add(node);
        index.put(e.article(), a);
        Set<Integer> changed = new HashSet<>();
        changed.add(a);
        Map<Integer, Integer> partners = new TreeMap<>(); // partner → how many usable blocks pair them
        for (String key : new LinkedHashSet<>(clusterer.blockingKeys(e, weights))) {
            BlockIndex.Block block = blocks.get(key);
            if (block.members == null) {
                block.size++; // already too common to tell anything
            } else if (block.size == clusterer.settings().maxBlock()) {
                changed.addAll(withdraw(block, seeds));
            } else {
                for (int x = 0; x < block.size; x++) {
                    int m = block.members[x];
                    if (!StoryClusterer.apart(e, nodes.get(m).evidence)) {
                        partners.merge(m, 1, Integer::sum);
                    }
                }
                block.add(a);
            }
        }
        // every pair involves the newest article, so appending keeps each partner list in index order
        for (Map.Entry<Integer, Integer> p : partners.entrySet()) {
            int m = p.getKey();
            double raw = node.vectors.similarity(nodes.get(m).vectors);
            if (!matters(node.evidence, nodes.get(m).evidence, raw)) {
                continue;
            }
            node.append(m, raw, p.getValue());
            nodes.get(m).append(a, raw, p.getValue());
            changed.add(m);
        }
        return changed;
    }

    // Most candidates share one rare term and read alike under the scale floor: such a pair neither
    // links (at any scales) nor moves a scale (a k-th best similarity that low leaves the floor), so
    // it is not kept, the batch's result does not depend on it, and it costs no memory.
    private boolean matters(StoryEvidence a, StoryEvidence b, double raw) {
        StoryEvidence first = a.article().compareTo(b.article()) < 0 ? a : b;
        StoryEvidence second = first == a ? b : a;
        return clusterer.linkScore(first, second, raw, 1, 1) > 0
                || clusterer.scale(java.util.Collections.nCopies(neighbours, raw)) > floorScale;
    }

    // A block just grew too large: the pairs it made lose it, and those no other block makes are
    // dropped (one end of each becomes a seed: its link went to nothing).
    private Set<Integer> withdraw(BlockIndex.Block block, Set<Integer> seeds) {
        int[] members = Arrays.copyOf(block.members, block.size);
        block.members = null;
        block.size++;
        Set<Integer> changed = new HashSet<>();
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                int i = members[x];
                int j = members[y];
                if (nodes.get(i).release(j)) {
                    nodes.get(j).release(i);
                    if (!nodes.get(i).pairs(j)) {
                        changed.add(i);
                        changed.add(j);
                        seeds.add(i);
                    }
                }
            }
        }
        return changed;
    }

    // New scales for the articles whose candidates changed (from their few best similarities), then
    // the links that can have moved: all pairs of an article whose scale changed, and new pairs (no
    // link yet, always with an arrival). Returns the rescaled articles.
    private Set<Integer> relink(Set<Integer> candidatesChanged, Set<Integer> arrivals) {
        Set<Integer> rescaled = new HashSet<>();
        for (int i : candidatesChanged) {
            Node n = nodes.get(i);
            double scale = clusterer.scale(n.best());
            if (scale != n.scale) {
                n.scale = scale;
                rescaled.add(i);
            }
        }
        Set<Integer> relinked = new HashSet<>(rescaled);
        relinked.addAll(arrivals);
        for (int i : relinked) {
            Node n = nodes.get(i);
            for (int k = 0; k < n.pairs; k++) {
                int j = n.partner[k];
                if (n.via[k] > 0) {
                    double link = link(i, j, n.raw[k]);
                    n.link[k] = link;
                    nodes.get(j).setLink(i, link);
                }
            }
        }
        return rescaled;
    }

    // The link score of a pair, computed as the batch clusterer does (lower article id first).
    private double link(int i, int j, double raw) {
        Node x = nodes.get(i);
        Node y = nodes.get(j);
        if (x.evidence.article().compareTo(y.evidence.article()) > 0) {
            Node t = x;
            x = y;
            y = t;
        }
        return clusterer.linkScore(x.evidence, y.evidence, raw, x.scale, y.scale);
    }

    /**
     * One article: its evidence, vectors, and candidate pairs in partner-index order with their
     * similarity, link and the number of usable blocks that make them (0: no longer a candidate).
     */
    private static final class Node {
        final StoryEvidence evidence;
        final TermWeights.Vectors vectors;
        int[] partner = new int[4];
        double[] raw = new double[4];
        double[] link = new double[4];
        int[] via = new int[4];
        int pairs;
        int dropped; // pairs no block makes any more: never made again (a new pair always has the newest article)
        double scale = Double.NaN;
        // the best similarities among the current pairs, highest first: all the scale reads
        final double[] best;
        int bestCount;
        boolean bestStale; // a pair was dropped: read them again from all pairs

        Node(int neighbours, StoryEvidence evidence, TermWeights.Vectors vectors) {
            this.best = new double[neighbours];
            this.evidence = evidence;
            this.vectors = vectors;
        }

        void append(int other, double similarity, int blocks) {
            if (pairs == partner.length) {
                int size = pairs * 2;
                partner = Arrays.copyOf(partner, size);
                raw = Arrays.copyOf(raw, size);
                link = Arrays.copyOf(link, size);
                via = Arrays.copyOf(via, size);
            }
            partner[pairs] = other;
            raw[pairs] = similarity;
            link[pairs] = Double.NaN; // not computed yet
            via[pairs] = blocks;
            pairs++;
            keepIfBest(similarity);
        }

        private void keepIfBest(double similarity) {
            int at = bestCount;
            while (at > 0 && best[at - 1] < similarity) {
                at--;
            }
            if (at < best.length) {
                System.arraycopy(best, at, best, at + 1, Math.min(bestCount, best.length - 1) - at);
                best[at] = similarity;
                bestCount = Math.min(bestCount + 1, best.length);
            }
        }

        /** One block fewer makes the pair; false when it is not a pair (dated apart, or dropped). */
        boolean release(int other) {
            int k = Arrays.binarySearch(partner, 0, pairs, other);
            if (k < 0 || via[k] == 0) {
                return false;
            }
            if (--via[k] == 0) {
                link[k] = 0;
                bestStale = true;
                if (++dropped > pairs / 2) {
                    compact();
                }
            }
            return true;
        }

        // Drops the pairs no block makes (as blocks pass the cap, most of a filling block's pairs go),
        // keeping the others in partner order, and the arrays at their size.
        private void compact() {
            int kept = 0;
            for (int k = 0; k < pairs; k++) {
                if (via[k] > 0) {
                    partner[kept] = partner[k];
                    raw[kept] = raw[k];
                    link[kept] = link[k];
                    via[kept] = via[k];
                    kept++;
                }
            }
            int size = Math.max(4, kept);
            partner = Arrays.copyOf(partner, size);
            raw = Arrays.copyOf(raw, size);
            link = Arrays.copyOf(link, size);
            via = Arrays.copyOf(via, size);
            pairs = kept;
            dropped = 0;
        }

        boolean pairs(int other) {
            int k = Arrays.binarySearch(partner, 0, pairs, other);
            return k >= 0 && via[k] > 0;
        }

        void setLink(int other, double value) {
            link[Arrays.binarySearch(partner, 0, pairs, other)] = value;
        }

        /** The best similarities of the current pairs: the scale of these is the scale of all of them. */
        List<Double> best() {
            if (bestStale) {
                bestStale = false;
                bestCount = 0;
                for (int k = 0; k < pairs; k++) {
                    if (via[k] > 0) {
                        keepIfBest(raw[k]);
                    }
                }
            }
            List<Double> out = new java.util.ArrayList<>(bestCount);
            for (int k = 0; k < bestCount; k++) {
                out.add(best[k]);
            }
            return out;
        }
    }
}

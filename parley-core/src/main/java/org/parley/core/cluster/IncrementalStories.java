package org.parley.core.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * Stories kept up to date as articles arrive: after any sequence of {@link #add} calls, in any
 * order and batch sizes, {@link #stories()} is exactly what {@link StoryClusterer#cluster} gives for
 * all the articles added so far, while one arrival costs what its candidate blocks and the stories
 * it touches cost, not what the whole collection does.
 *
 * <p>Why that is possible: under the {@link TermWeights#background() background} weights a pair's
 * similarity depends on the two articles only, and the blocking keys of an article on the article
 * only. So an arrival changes (1) the candidate pairs of the blocks it joins (a block growing past
 * {@link StoryClusterer.Settings#maxBlock()} withdraws the pairs only it made), (2) the scale of each
 * article whose candidates changed, (3) the links of those articles, and (4) the stories inside the
 * components those links belong to. Average linkage never merges two groups unless one of their
 * links reaches the threshold (an average of links all below it is below it), so the stories are
 * computed per component of the graph of such strong links, and only the components holding a
 * changed link are computed again.
 *
 * <p>Memory holds each article's evidence, vectors and candidate links (a few hundred bytes per
 * candidate pair). Not thread-safe.
 */
public final class IncrementalStories {
    private final StoryClusterer clusterer;
    private final TermWeights weights = TermWeights.background();
    private final Map<ArticleId, Integer> index = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Block> blocks = new HashMap<>();
    private final Map<Integer, Story> storyOf = new HashMap<>();

    public IncrementalStories(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    /**
     * What one {@link #add} changed.
     *
     * @param changed     the stories now holding an arrival or a re-clustered article
     * @param reclustered how many articles were in the components clustered again
     */
    public record Change(List<Story> changed, int reclustered) {
        public Change {
            changed = List.copyOf(changed);
        }
    }

    /**
     * Adds articles (an article id already added is ignored) and brings the stories up to date.
     *
     * @return the stories that are new or changed, and how many articles were re-clustered
     */
    public Change add(Collection<StoryEvidence> arrivals) {
        Set<Integer> rescale = new HashSet<>();
        for (StoryEvidence e : arrivals) {
            if (!index.containsKey(e.article())) {
                rescale.addAll(join(e));
            }
        }
        Set<Integer> touched = relink(rescale);
        int[] reclustered = {0};
        List<Story> changed = recluster(touched, reclustered);
        return new Change(changed, reclustered[0]);
    }

    /** Every story, by date (undated last) then id, as {@link StoryClusterer#cluster} orders them. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>(new LinkedHashSet<>(storyOf.values()));
        out.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id));
        return out;
    }

    /** The story an article is in, or null when it was not added. */
    public Story storyOf(ArticleId article) {
        Integer i = index.get(article);
        return i == null ? null : storyOf.get(i);
    }

    public int size() {
        return nodes.size();
    }

    // Indexes one article under its blocking keys and scores its new candidate pairs; returns the
    // articles whose candidates changed.
    private Set<Integer> join(StoryEvidence e) {
        int a = nodes.size();
        Node node = new Node(e, weights.vectors(e.terms()));
        nodes.add(node);
        index.put(e.article(), a);
        Set<Integer> changed = new HashSet<>();
        changed.add(a);
        Map<Integer, Integer> partners = new TreeMap<>(); // partner → how many usable blocks pair them
        for (String key : new LinkedHashSet<>(clusterer.blockingKeys(e, weights))) {
            Block block = blocks.computeIfAbsent(key, k -> new Block());
            if (block.members == null) {
                block.size++; // already too common to tell anything
            } else if (block.size == clusterer.settings().maxBlock()) {
                changed.addAll(withdraw(block));
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
            node.append(m, raw, p.getValue());
            nodes.get(m).append(a, raw, p.getValue());
            changed.add(m);
        }
        return changed;
    }

    // A block just grew too large: the pairs it made lose it, and those no other block makes are dropped.
    private Set<Integer> withdraw(Block block) {
        int[] members = java.util.Arrays.copyOf(block.members, block.size);
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
                    }
                }
            }
        }
        return changed;
    }

    // New scales for the articles whose candidates changed, then the links that can have moved: those
    // of an article whose scale changed, and new pairs (no link yet). Only such articles' scales can
    // change, so every such pair has an end among them; a pair with both ends there is computed from
    // its lower end only. Returns the articles whose links changed.
    private Set<Integer> relink(Set<Integer> candidatesChanged) {
        Set<Integer> rescaled = new HashSet<>();
        for (int i : candidatesChanged) {
            Node n = nodes.get(i);
            double scale = clusterer.scale(n.raws());
            if (scale != n.scale) {
                n.scale = scale;
                rescaled.add(i);
            }
        }
        Set<Integer> touched = new HashSet<>(candidatesChanged);
        for (int i : candidatesChanged) {
            Node n = nodes.get(i);
            for (int k = 0; k < n.pairs; k++) {
                int j = n.partner[k];
                boolean stale = rescaled.contains(i) || rescaled.contains(j) || Double.isNaN(n.link[k]);
                if (n.via[k] == 0 || !stale || (j < i && candidatesChanged.contains(j))) {
                    continue;
                }
                double link = link(i, j, n.raw[k]);
                if (link != n.link[k]) {
                    n.link[k] = link;
                    nodes.get(j).setLink(i, link);
                    touched.add(i);
                    touched.add(j);
                }
            }
        }
        return touched;
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

    // Re-clusters the strong-link components holding the touched articles; returns their stories.
    private List<Story> recluster(Set<Integer> touched, int[] reclustered) {
        double threshold = clusterer.settings().threshold();
        Set<Integer> seen = new HashSet<>();
        List<Story> changed = new ArrayList<>();
        for (int start : touched) {
            if (!seen.add(start)) {
                continue;
            }
            List<Integer> component = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                int i = queue.poll();
                component.add(i);
                Node n = nodes.get(i);
                for (int k = 0; k < n.pairs; k++) {
                    if (n.via[k] > 0 && n.link[k] >= threshold && seen.add(n.partner[k])) {
                        queue.add(n.partner[k]);
                    }
                }
            }
            reclustered[0] += component.size();
            changed.addAll(cluster(component));
        }
        return changed;
    }

    // Average linkage over one component, indexed by article id as the batch clusterer indexes.
    private List<Story> cluster(List<Integer> component) {
        component.sort(Comparator.comparing(i -> nodes.get(i).evidence.article()));
        Map<Integer, Integer> local = new HashMap<>();
        for (int x = 0; x < component.size(); x++) {
            local.put(component.get(x), x);
        }
        AverageLinkage linkage = new AverageLinkage(component.stream().map(i -> nodes.get(i).evidence.when()).toList());
        for (int x = 0; x < component.size(); x++) {
            Node n = nodes.get(component.get(x));
            for (int k = 0; k < n.pairs; k++) {
                Integer y = local.get(n.partner[k]);
                if (n.via[k] > 0 && y != null && x < y) {
                    linkage.link(x, y, n.link[k]);
                }
            }
        }
        int[] group = linkage.run(clusterer.settings().threshold());
        Map<Integer, List<StoryEvidence>> groups = new HashMap<>();
        for (int x = 0; x < group.length; x++) {
            groups.computeIfAbsent(group[x], g -> new ArrayList<>()).add(nodes.get(component.get(x)).evidence);
        }
        List<Story> stories = new ArrayList<>();
        for (List<StoryEvidence> members : groups.values()) {
            Story story = StoryClusterer.story(members);
            stories.add(story);
            members.forEach(m -> storyOf.put(index.get(m.article()), story));
        }
        return stories;
    }

    /** One blocking key's articles: how many, and which while they are few enough to pair. */
    private static final class Block {
        int size;
        int[] members = new int[2]; // null once size passed maxBlock

        void add(int article) {
            if (size == members.length) {
                members = java.util.Arrays.copyOf(members, size * 2);
            }
            members[size++] = article;
        }
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
        double scale = Double.NaN;

        Node(StoryEvidence evidence, TermWeights.Vectors vectors) {
            this.evidence = evidence;
            this.vectors = vectors;
        }

        void append(int other, double similarity, int blocks) {
            if (pairs == partner.length) {
                int size = pairs * 2;
                partner = java.util.Arrays.copyOf(partner, size);
                raw = java.util.Arrays.copyOf(raw, size);
                link = java.util.Arrays.copyOf(link, size);
                via = java.util.Arrays.copyOf(via, size);
            }
            partner[pairs] = other;
            raw[pairs] = similarity;
            link[pairs] = Double.NaN; // not computed yet
            via[pairs] = blocks;
            pairs++;
        }

        /** One block fewer makes the pair; false when it is not a pair (dated apart, or dropped). */
        boolean release(int other) {
            int k = java.util.Arrays.binarySearch(partner, 0, pairs, other);
            if (k < 0 || via[k] == 0) {
                return false;
            }
            if (--via[k] == 0) {
                link[k] = 0;
            }
            return true;
        }

        boolean pairs(int other) {
            int k = java.util.Arrays.binarySearch(partner, 0, pairs, other);
            return k >= 0 && via[k] > 0;
        }

        void setLink(int other, double value) {
            link[java.util.Arrays.binarySearch(partner, 0, pairs, other)] = value;
        }

        List<Double> raws() {
            List<Double> out = new ArrayList<>(pairs);
            for (int k = 0; k < pairs; k++) {
                if (via[k] > 0) {
                    out.add(raw[k]);
                }
            }
            return out;
        }
    }
}

package org.parley.core.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.ArticleId;
import org.parley.model.EventDate;
import org.parley.model.Story;

/**
 * Groups articles that report the same real-world event into stories.
 *
 * <p><b>How alike two reports read.</b> Each article's content words (lemmas and headline words),
 * names (persons, organisations, places) and lead (headline and first sentences) become tf-idf unit
 * vectors ({@link TermWeights}); two articles' similarity weighs the three cosines (words 0.5, lead
 * 0.3, names 0.2). Topics
 * differ in how alike their reports read (wire copies of one earthquake are near-identical, reviews
 * of one film share few words), so a similarity is read against each article's neighbourhood: it is
 * divided by the geometric mean of the two articles' {@link Settings#neighbours()}-th best
 * similarity (local scaling, Zelnik-Manor &amp; Perona 2004; floored at {@link Settings#scaleFloor()} so a
 * lone pair is not called alike because nothing else is).
 *
 * <p><b>Candidates (blocking).</b> Only articles sharing a blocking key are compared, so the cost
 * grows with the number of articles times the (capped) block size, not with all pairs:
 * <ul>
 *   <li>{@code T:}/{@code N:} each of the article's {@link Settings#keyTerms()} rarest words and names
 *       among those found in another article too (an inverted index of rare terms);</li>
 *   <li>{@code L:} each pair of the lead event's actors (names and {@code c:ISO3}) × each week its date window touches;</li>
 *   <li>{@code P:} the lead event's place × week.</li>
 * </ul>
 * Blocks larger than {@link Settings#maxBlock()} are skipped: a key that common tells nothing. Pairs
 * dated apart are dropped as they are met.
 *
 * <p><b>Links.</b> A candidate pair is never linked when its date windows do not overlap (a day is
 * widened by ±1 for time zones; months and years overlap the days in them). Otherwise its score is
 * the scaled similarity when the raw one reaches {@link Settings#minSimilarity()}; lead events that
 * share a person or organisation, are both dated and agree on something else (a second actor, the
 * place, the event type) score at least {@value #STRUCTURAL_LINK}: the events stage's own reading
 * of the same meeting.
 *
 * <p><b>Merging.</b> {@link AverageLinkage}: groups merge while their links average
 * {@link Settings#threshold()} over all cross pairs, never across lead-event windows that share no day
 * ({@link StoryEvidence#groupWindow()}: a report dated by its publication alone narrows no group).
 * The result depends only on the set of articles: inputs are deduplicated by article id and sorted
 * first, so any order, or the same articles twice, gives the same stories. Ids are fresh (from the
 * earliest member); keeping them stable across runs is {@link StableIds}' job.
 */
public final class StoryClusterer {
    /** The score of a link the lead events make on their own (shared actors, both dated, another agreement). */
    /**
     * The version of the story rules (this clusterer, its settings, {@link StoryEvidence}): stories saved
     * under another version are clustered again from fresh evidence. Bump it with any change of them.
     */
    public static final String VERSION = "stories-3";

    static final double STRUCTURAL_LINK = 1.0;

    /**
     * Tuning of the clusterer (tuned on the ECB+ development topics and the seeds; see docs/stories.md).
     *
     * @param threshold     minimum average scaled link between two groups for them to merge
     * @param minSimilarity minimum raw similarity (weighted cosine, {@link TermWeights.Vectors#similarity}) for a link
     * @param neighbours    which best similarity of an article is its scale
     * @param scaleFloor    the smallest scale, so sparse neighbourhoods do not inflate weak similarities
     * @param maxBlock      blocks with more members are skipped
     * @param keyTerms      how many words and names per article become blocking keys
     */
    public record Settings(double threshold, double minSimilarity, int neighbours, double scaleFloor, int maxBlock,
                           int keyTerms) {
        public Settings {
            if (threshold <= 0) {
                throw new IllegalArgumentException("threshold must be above 0: " + threshold);
            }
            if (minSimilarity < 0 || minSimilarity >= 1) {
                throw new IllegalArgumentException("minSimilarity must be in [0, 1): " + minSimilarity);
            }
            if (neighbours < 1) {
                throw new IllegalArgumentException("neighbours must be at least 1: " + neighbours);
            }
            if (scaleFloor <= 0 || scaleFloor > 1) {
                throw new IllegalArgumentException("scaleFloor must be in (0, 1]: " + scaleFloor);
            }
            if (maxBlock < 2) {
                throw new IllegalArgumentException("maxBlock must be at least 2: " + maxBlock);
            }
            if (keyTerms < 1) {
                throw new IllegalArgumentException("keyTerms must be at least 1: " + keyTerms);
            }
        }

        public static Settings defaults() {
            return new Settings(0.6, 0.05, 3, 0.1, 200, 30);
        }
    }

    private final Settings settings;

    public StoryClusterer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static StoryClusterer withDefaults() {
        return new StoryClusterer(Settings.defaults());
    }

    public Settings settings() {
        return settings;
    }

    /** The stories of these articles, by date (undated last) then id. */
    public List<Story> cluster(List<StoryEvidence> input) {
        return cluster(input, TermWeights.background());
    }

    /** The stories of these articles under weights given from elsewhere (a background table). */
    public List<Story> cluster(List<StoryEvidence> input, TermWeights weights) {
        List<StoryEvidence> items = unique(input);
        TermIds ids = new TermIds();
        List<TermWeights.Vectors> vectors = items.stream().map(e -> weights.vectors(e.terms(), ids)).toList();
        long[] pairs = candidates(items, weights);
        double[] raw = new double[pairs.length];
        List<List<Double>> around = new ArrayList<>();
        items.forEach(e -> around.add(new ArrayList<>()));
        for (int k = 0; k < pairs.length; k++) {
            int i = (int) (pairs[k] >>> 32);
            int j = (int) pairs[k];
            raw[k] = vectors.get(i).similarity(vectors.get(j)); // candidates are never dated apart
            around.get(i).add(raw[k]);
            around.get(j).add(raw[k]);
        }
        double[] scale = new double[items.size()];
        for (int i = 0; i < scale.length; i++) {
            scale[i] = scale(around.get(i));
        }
        AverageLinkage linkage = new AverageLinkage(items.stream().map(StoryEvidence::groupWindow).toList());
        for (int k = 0; k < pairs.length; k++) {
            int i = (int) (pairs[k] >>> 32);
            int j = (int) pairs[k];
            linkage.link(i, j, linkScore(items.get(i), items.get(j), raw[k], scale[i], scale[j]));
        }
        return stories(items, linkage.run(settings.threshold()));
    }

    /**
     * How alike two candidate articles read under the weights of the articles they are clustered
     * with ({@link TermWeights.Vectors#similarity}), 0 when their dates are apart. Symmetric.
     */
    public double similarity(StoryEvidence a, StoryEvidence b, TermWeights weights) {
        TermIds ids = new TermIds(); // one numbering for both vectors
        return apart(a, b) ? 0 : weights.vectors(a.terms(), ids).similarity(weights.vectors(b.terms(), ids));
    }

    /** An article's scale: its k-th best similarity among its candidate pairs not dated apart, at least the floor. */
    public double scale(Collection<Double> similarities) {
        List<Double> sorted = new ArrayList<>(similarities);
        sorted.sort(Comparator.reverseOrder());
        // fewer candidates than neighbours: the missing ones are unlike it (0), so the floor holds
        double kth = sorted.size() >= settings.neighbours() ? sorted.get(settings.neighbours() - 1) : 0;
        return Math.max(kth, settings.scaleFloor());
    }

    /**
     * The link two candidate articles get: their {@link #similarity} scaled by their {@link #scale}s,
     * at least {@value #STRUCTURAL_LINK} when their lead events agree, 0 when dated apart.
     */
    public double linkScore(StoryEvidence a, StoryEvidence b, double similarity, double scaleA, double scaleB) {
        if (apart(a, b)) {
            return 0;
        }
        double score = similarity >= settings.minSimilarity() ? similarity / Math.sqrt(scaleA * scaleB) : 0;
        return leadEventsAgree(a, b) ? Math.max(score, STRUCTURAL_LINK) : score;
    }

    /**
     * A scored link between two articles.
     *
     * @param a     one article
     * @param b     the other
     * @param score the link's strength, above 0
     */
    public record ScoredLink(ArticleId a, ArticleId b, double score) {
        public ScoredLink {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    /**
     * The stories of articles given with their links already scored: the merge step of
     * {@link #cluster} alone. Merging never crosses components of the link graph and ties break by
     * article id, so a component gives the same stories alone as within the whole input. Links
     * naming an article not in {@code members} are ignored.
     */
    public List<Story> clusterLinked(Collection<StoryEvidence> members, Collection<ScoredLink> links) {
        List<StoryEvidence> items = unique(members);
        Map<ArticleId, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).article(), i);
        }
        AverageLinkage linkage = new AverageLinkage(items.stream().map(StoryEvidence::groupWindow).toList());
        for (ScoredLink l : links) {
            Integer i = index.get(l.a());
            Integer j = index.get(l.b());
            if (i != null && j != null && !apart(items.get(i), items.get(j))) {
                linkage.link(i, j, l.score());
            }
        }
        return stories(items, linkage.run(settings.threshold()));
    }

    static List<StoryEvidence> unique(Collection<StoryEvidence> input) {
        Map<ArticleId, StoryEvidence> unique = new TreeMap<>();
        for (StoryEvidence e : input) {
            unique.putIfAbsent(e.article(), e);
        }
        return new ArrayList<>(unique.values());
    }

    private static List<Story> stories(List<StoryEvidence> items, int[] group) {
        Map<Integer, List<StoryEvidence>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(group[i], r -> new ArrayList<>()).add(items.get(i));
        }
        List<Story> stories = new ArrayList<>();
        groups.values().forEach(g -> stories.add(story(g)));
        stories.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id));
        return List.copyOf(stories);
    }

    // The events stage's own reading: lead events sharing a person or organisation, both dated,
    // agreeing on a second actor, the place or the event type.
    private static boolean leadEventsAgree(StoryEvidence a, StoryEvidence b) {
        StoryEvidence.LeadEvent x = a.lead();
        StoryEvidence.LeadEvent y = b.lead();
        if (x == null || y == null || x.window() == null || y.window() == null) {
            return false;
        }
        int shared = overlap(x.actors(), y.actors());
        boolean samePlace = x.place() != null && x.place().equals(y.place());
        return shared >= 1 && (shared >= 2 || samePlace || x.type().equals(y.type()));
    }

    // Hard separation: dated apart. Places only support a link: the events stage sometimes places a
    // meeting at a city the article merely mentions, and the dates already part the repeat meetings.
    static boolean apart(StoryEvidence a, StoryEvidence b) {
        return a.when() != null && b.when() != null && !a.when().overlaps(b.when());
    }

    // Pairs (i << 32 | j, i < j) sharing a block and not dated apart, sorted and without repeats. A sorted primitive
    // array rather than a HashSet<Long>: Long's hash (i ^ j) collides badly for index pairs.
    private long[] candidates(List<StoryEvidence> items, TermWeights weights) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String key : new java.util.LinkedHashSet<>(blockingKeys(items.get(i), weights))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        long[] pairs = new long[1024];
        int size = 0;
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > settings.maxBlock()) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (apart(items.get(i), items.get(j))) {
                        continue; // never linked: not worth a place among the candidates
                    }
                    if (size == pairs.length) {
                        pairs = Arrays.copyOf(pairs, size * 2);
                    }
                    pairs[size++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
                }
            }
        }
        Arrays.sort(pairs, 0, size);
        int unique = 0;
        for (int k = 0; k < size; k++) {
            if (unique == 0 || pairs[k] != pairs[unique - 1]) {
                pairs[unique++] = pairs[k];
            }
        }
        return Arrays.copyOf(pairs, unique);
    }

    /**
     * The blocking keys of one article (see the class comment), under the weights of the articles it
     * is clustered with: two articles are candidates exactly when they share a key whose block has
     * at least two and at most {@link Settings#maxBlock()} members.
     */
    public List<String> blockingKeys(StoryEvidence e, TermWeights weights) {
        List<String> keys = new ArrayList<>();
        StoryEvidence.LeadEvent lead = e.lead();
        if (lead != null) {
            List<String> actors = new ArrayList<>(new TreeSet<>(lead.actors()));
            lead.countries().stream().sorted().forEach(c -> actors.add("c:" + c));
            DateWindow leadWindow = lead.window();
            List<String> weeks = weeks(leadWindow != null ? leadWindow : e.when());
            for (int x = 0; x < actors.size(); x++) {
                for (int y = x + 1; y < actors.size(); y++) {
                    for (String w : weeks) {
                        keys.add("L:" + actors.get(x) + "|" + actors.get(y) + "@" + w);
                    }
                }
                if (actors.size() == 1) {
                    weeks.forEach(w -> keys.add("L:" + actors.get(0) + "@" + w));
                }
            }
            if (lead.place() != null) {
                weeks.forEach(w -> keys.add("P:" + lead.place() + "@" + w));
            }
        }
        keys.addAll(specificTerms(e.terms().words(), weights::wordFrequency, weights.fixed(), "T:"));
        keys.addAll(specificTerms(e.terms().names(), weights::nameFrequency, weights.fixed(), "N:"));
        return keys;
    }

    // The terms found in another article too, rarest first (ties: more frequent in the article, then by term).
    private List<String> specificTerms(Map<String, Integer> counts, java.util.function.ToIntFunction<String> df,
                                       boolean fixedWeights, String prefix) {
        // counted over the articles, a term no other article has makes no pair; a background table cannot tell
        int shared = fixedWeights ? 0 : 2;
        List<RankedTerm> ranked = new ArrayList<>(counts.size());
        counts.forEach((term, count) -> {
            int frequency = df.applyAsInt(term); // looked up once per term, not once per comparison
            if (frequency >= shared) {
                ranked.add(new RankedTerm(term, frequency, count));
            }
        });
        ranked.sort(RankedTerm.RAREST_FIRST);
        return ranked.stream().limit(settings.keyTerms()).map(t -> prefix + t.term()).toList();
    }

    // Rarest first; ties: more frequent in the article, then by term.
    private record RankedTerm(String term, int frequency, int count) {
        static final Comparator<RankedTerm> RAREST_FIRST = Comparator.comparingInt(RankedTerm::frequency)
                .thenComparing(Comparator.comparingInt(RankedTerm::count).reversed())
                .thenComparing(RankedTerm::term);
    }

    private static List<String> weeks(DateWindow w) {
        if (w == null) {
            return List.of("?");
        }
        List<String> weeks = new ArrayList<>();
        for (long k = w.firstWeek(); k <= w.lastWeek(); k++) {
            weeks.add("w" + k);
        }
        return weeks;
    }

    static Story story(List<StoryEvidence> members) {
        List<StoryEvidence> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(StoryEvidence::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(StoryEvidence::article));
        StoryEvidence first = sorted.get(0);
        return new Story(Story.idFor(first.article()), first.title(), date(sorted),
                sorted.stream().map(StoryEvidence::article).toList(), sorted.stream().map(StoryEvidence::doc).toList());
    }

    // The lead date most members give; ties go to the more precise (longer ISO), then the earlier.
    private static String date(List<StoryEvidence> members) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (StoryEvidence m : members) {
            if (m.lead() != null && m.lead().date().iso() != null) {
                EventDate d = m.lead().date();
                votes.merge(d.iso(), 1, Integer::sum);
            }
        }
        return votes.keySet().stream().max(Comparator.<String>comparingInt(votes::get)
                .thenComparing(k -> k.length())
                .thenComparing(Comparator.<String>reverseOrder())).orElse(null);
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

}

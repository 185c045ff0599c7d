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
 * <p><b>Candidates (blocking).</b> Only articles sharing a blocking key are compared, so the cost
 * grows with the number of articles times the (capped) block size, not with all pairs:
 * <ul>
 *   <li>{@code L:} each pair of the lead event's actors (names and {@code c:ISO3}) × each week its date window touches;</li>
 *   <li>{@code P:} the lead event's place × week;</li>
 *   <li>{@code E:} each of the article's named entities × each year its date window touches (articles without a lead event only);</li>
 *   <li>{@code A:} each person the article is about × year, likewise;</li>
 *   <li>{@code M:} MinHash LSH bands of the content words ({@value #BANDS} bands of {@value #ROWS} rows).</li>
 * </ul>
 * Blocks larger than {@link Settings#maxBlock()} are skipped: a key that common ("c:USA" in a week
 * of news) tells nothing.
 *
 * <p><b>Links.</b> A candidate pair is never linked when its date windows do not overlap (a day is
 * widened by ±1 for time zones; months and years overlap the days in them). Otherwise it is linked when the lead
 * events share a person or organisation and agree on something else (a second actor, the place, the
 * event type, or similar words), or when entities and words are similar enough
 * ({@link Settings#threshold()}); when both articles name the people they are about (NER persons in
 * the headline or first sentence, or named twice: {@code p:} keys of {@link StoryEvidence#actors()})
 * and share none, the bar for content rises to {@value #DIFFERENT_PEOPLE_THRESHOLD}.
 *
 * <p><b>Merging.</b> Links are merged from the strongest (ties by article ids), and two groups are
 * never merged when any member of one is dated apart from any member of the
 * other, nor when fewer than {@value #MIN_LINK_DENSITY} of the pairs across them are linked (a chain
 * of look-alikes whose ends share nothing is not one story; this needs only the links inside a
 * connected component, so {@link #clusterLinked} still gives what {@link #cluster} gives). The result depends only on the set of articles: inputs are deduplicated by article id and
 * sorted first, so any order, or the same articles twice, gives the same stories. Ids are fresh
 * (from the earliest member); keeping them stable across runs is {@link StableIds}' job.
 */
public final class StoryClusterer {
    static final int BANDS = 16;
    static final int ROWS = TextSignature.SIZE / BANDS;
    /** Content similarity (entity Dice + words) / 2 that links two reports about different people. */
    static final double DIFFERENT_PEOPLE_THRESHOLD = 0.3;
    /** Share of the pairs across two groups that must be linked for the groups to merge. */
    static final double MIN_LINK_DENSITY = 0.1;

    /**
     * Tuning of the clusterer.
     *
     * @param threshold   minimum of (entity Dice + word similarity) / 2 for a link on content alone
     * @param maxBlock    blocks with more members are skipped
     * @param topEntities how many entities per article become blocking keys
     */
    public record Settings(double threshold, int maxBlock, int topEntities) {
        public Settings {
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
            }
            if (maxBlock < 2) {
                throw new IllegalArgumentException("maxBlock must be at least 2: " + maxBlock);
            }
        }

        public static Settings defaults() {
            return new Settings(0.22, 200, 8);
        }
    }

    private final Settings settings;

    public StoryClusterer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static StoryClusterer withDefaults() {
        return new StoryClusterer(Settings.defaults());
    }

    /** The stories of these articles, by date (undated last) then id. */
    public List<Story> cluster(List<StoryEvidence> input) {
        Map<ArticleId, StoryEvidence> unique = new TreeMap<>();
        for (StoryEvidence e : input) {
            unique.putIfAbsent(e.article(), e);
        }
        List<StoryEvidence> items = new ArrayList<>(unique.values());
        List<Link> links = new ArrayList<>();
        for (long pair : candidates(items)) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            double score = score(items.get(i), items.get(j));
            if (score > 0) {
                links.add(new Link(i, j, score));
            }
        }
        return merge(items, links);
    }

    /**
     * A scored link between two articles, as {@link #linkScore} gives it.
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
     * The blocking keys of one article: two articles are candidates exactly when they share a key
     * whose block has at least two and at most {@link Settings#maxBlock()} members. For a
     * distributed run that groups articles by these keys itself.
     */
    public List<String> blockingKeys(StoryEvidence evidence) {
        return keys(evidence);
    }

    /** How strongly two candidate articles look like reports of the same event; 0 for no link. Symmetric. */
    public double linkScore(StoryEvidence a, StoryEvidence b) {
        return a.article().compareTo(b.article()) <= 0 ? score(a, b) : score(b, a);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The stories of articles given with their links already scored: the merge step of
     * {@link #cluster} alone. Given a connected component of the link graph and every link inside
     * it, this returns exactly the stories {@link #cluster} gives those articles over the whole
     * input, because merging never crosses components and ties break by article id. Links naming
     * an article not in {@code members} are ignored.
     */
    public List<Story> clusterLinked(Collection<StoryEvidence> members, Collection<ScoredLink> links) {
        Map<ArticleId, StoryEvidence> unique = new TreeMap<>();
        for (StoryEvidence e : members) {
            unique.putIfAbsent(e.article(), e);
        }
        List<StoryEvidence> items = new ArrayList<>(unique.values());
        Map<ArticleId, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).article(), i);
        }
        List<Link> indexed = new ArrayList<>();
        for (ScoredLink l : links) {
            Integer i = index.get(l.a());
            Integer j = index.get(l.b());
            if (i != null && j != null && !i.equals(j) && l.score() > 0) {
                indexed.add(new Link(Math.min(i, j), Math.max(i, j), l.score()));
            }
        }
        return merge(items, indexed);
    }

    // Merges links strongest first into stories; items are deduplicated and in article-id order.
    private List<Story> merge(List<StoryEvidence> items, List<Link> links) {
        int n = items.size();
        links = new ArrayList<>(links);
        // strongest first; indices follow article-id order, so ties break the same way for any input order
        links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a).thenComparingInt(Link::b));
        // a pair given twice (a distributed run meets it in several blocks) counts once, at its strongest
        Set<Long> seen = new java.util.HashSet<>();
        links.removeIf(l -> !seen.add(((long) l.a() << 32) | l.b()));
        int[] parent = new int[n];
        // the days every dated member's window shares (null: no dated member): windows on a line
        // overlap pairwise exactly when they share a day, so this checks a merge in constant time
        DateWindow[] common = new DateWindow[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            common[i] = items.get(i).when();
        }
        List<List<Integer>> neighbours = new ArrayList<>();
        List<List<Integer>> groupMembers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
            groupMembers.add(new ArrayList<>(List.of(i)));
        }
        for (Link link : links) {
            neighbours.get(link.a()).add(link.b());
            neighbours.get(link.b()).add(link.a());
        }
        for (Link link : links) {
            int ra = root(parent, link.a());
            int rb = root(parent, link.b());
            if (ra == rb) {
                continue;
            }
            DateWindow a = common[ra];
            DateWindow b = common[rb];
            if (a != null && b != null && !a.overlaps(b)) {
                continue;
            }
            if (!denseEnough(parent, neighbours, groupMembers.get(ra), groupMembers.get(rb), rb)) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int drop = Math.max(ra, rb);
            common[keep] = a == null ? b : b == null ? a : a.intersection(b);
            parent[drop] = keep;
            groupMembers.get(keep).addAll(groupMembers.get(drop));
            groupMembers.set(drop, null);
        }
        Map<Integer, List<StoryEvidence>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(items.get(i));
        }
        List<Story> stories = new ArrayList<>();
        groups.values().forEach(g -> stories.add(story(g)));
        stories.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id));
        return List.copyOf(stories);
    }

    /** How strongly two articles look like reports of the same event: 0 for no link. */
    double score(StoryEvidence a, StoryEvidence b) {
        if (apart(a, b)) {
            return 0;
        }
        double words = a.text().similarity(b.text());
        double entities = dice(a.entities(), b.entities());
        double content = (words + entities) / 2;
        if (a.lead() != null && b.lead() != null) {
            StoryEvidence.LeadEvent x = a.lead();
            StoryEvidence.LeadEvent y = b.lead();
            int shared = overlap(x.actors(), y.actors());
            boolean samePlace = x.place() != null && x.place().equals(y.place());
            boolean datedTogether = x.window() != null && y.window() != null;
            if (shared >= 1 && datedTogether
                    && (shared >= 2 || samePlace || x.type().equals(y.type()) || content >= settings.threshold() / 2)) {
                return 1 + content;
            }
            if (shared == 0 && overlap(x.countries(), y.countries()) >= 2 && datedTogether && samePlace) {
                return 0.9 + content / 10;
            }
        }
        return content >= contentThreshold(a, b) ? content : 0;
    }

    // Words and entities alone link two reports only as support for the same people: two rehab
    // check-ins or two injured-reserve moves of one team read alike but are about different people,
    // so reports whose salient people are all different link only when much more alike.
    private double contentThreshold(StoryEvidence a, StoryEvidence b) {
        Set<String> x = people(a);
        Set<String> y = people(b);
        if (x.isEmpty() || y.isEmpty() || overlap(x, y) > 0) {
            return settings.threshold();
        }
        return Math.max(settings.threshold(), DIFFERENT_PEOPLE_THRESHOLD);
    }

    // Hard separation: dated apart. Places only support a link: the events stage sometimes places a
    // meeting at a city the article merely mentions, and the dates already part the repeat meetings.
    private static boolean apart(StoryEvidence a, StoryEvidence b) {
        return a.when() != null && b.when() != null && !a.when().overlaps(b.when());
    }

    // Pairs (i << 32 | j, i < j) sharing a block, sorted and without repeats. A sorted primitive
    // array rather than a HashSet<Long>: Long's hash (i ^ j) collides badly for index pairs.
    private long[] candidates(List<StoryEvidence> items) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (String key : keys(items.get(i))) {
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

    /** The blocking keys of one article (see the class comment). */
    List<String> keys(StoryEvidence e) {
        List<String> keys = new ArrayList<>();
        StoryEvidence.LeadEvent lead = e.lead();
        DateWindow leadWindow = lead == null ? null : lead.window();
        if (lead != null) {
            List<String> actors = new ArrayList<>(new TreeSet<>(lead.actors()));
            lead.countries().stream().sorted().forEach(c -> actors.add("c:" + c));
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
        if (lead == null || leadWindow == null) {
            List<String> years = years(e.when());
            // the longest names are the most specific ("national transportation safety board" over "ntsb")
            e.entities().stream().sorted(Comparator.comparingInt(String::length)
                    .reversed().thenComparing(Comparator.naturalOrder())).limit(settings.topEntities())
                    .forEach(ent -> years.forEach(y -> keys.add("E:" + ent + "@" + y)));
            e.actors().stream().filter(a -> a.startsWith("p:"))
                    .forEach(a -> years.forEach(y -> keys.add("A:" + a + "@" + y)));
        }
        if (!e.text().isEmpty()) {
            for (int b = 0; b < BANDS; b++) {
                keys.add("M:" + b + ":" + Long.toHexString(e.text().band(b, ROWS)));
            }
        }
        return keys;
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

    private static List<String> years(DateWindow w) {
        if (w == null) {
            return List.of("?");
        }
        List<String> years = new ArrayList<>();
        for (int y = w.from().getYear(); y <= w.to().getYear(); y++) {
            years.add("y" + y);
        }
        return years;
    }

    private static Story story(List<StoryEvidence> members) {
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

    private static Set<String> people(StoryEvidence e) {
        Set<String> people = new TreeSet<>();
        e.actors().stream().filter(k -> k.startsWith("p:")).forEach(people::add);
        return people;
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

    // Dice rather than Jaccard: a short report shares few of a long one's many entities
    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * overlap(a, b) / (a.size() + b.size());
    }

    // Whether at least MIN_LINK_DENSITY of the pairs across two groups are linked: a chain A-B-C
    // whose ends share nothing is a weaker story than a group whose members link to each other.
    // Counts from the smaller group and stops as soon as the answer is known.
    private static boolean denseEnough(int[] parent, List<List<Integer>> neighbours, List<Integer> x, List<Integer> y,
                                       int rootOfY) {
        long needed = (long) Math.ceil(MIN_LINK_DENSITY * x.size() * y.size());
        List<Integer> small = x.size() <= y.size() ? x : y;
        int otherRoot = small == x ? rootOfY : root(parent, x.get(0));
        long reachable = 0;
        for (int i : small) {
            reachable += neighbours.get(i).size();
        }
        if (reachable < needed) {
            return false;
        }
        long linked = 0;
        for (int i : small) {
            for (int j : neighbours.get(i)) {
                if (root(parent, j) == otherRoot && ++linked >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Link(int a, int b, double score) {
    }
}

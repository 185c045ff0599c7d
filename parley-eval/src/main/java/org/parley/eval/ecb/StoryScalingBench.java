package org.parley.eval.ecb;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.parley.core.cluster.ArticleTerms;
import org.parley.core.cluster.DateWindow;
import org.parley.core.cluster.IncrementalStories;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.cluster.TermWeights;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * How story clustering scales: clusters {@code n} synthetic articles made by resampling real
 * evidence. The real articles are first clustered; each synthetic story is one real story moved by a
 * random number of days (so copies of one real story become different stories, as the same dyad meets
 * again) and credited to renamed outlets. Reports wall time and peak heap per size.
 */
public final class StoryScalingBench {

    /** One measured size. */
    public record Row(int articles, int stories, long millis, long peakHeapMb) {
        public String line() {
            return String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d |", articles, stories, millis, peakHeapMb);
        }
    }

    private static final LocalDate UNDATED_BASE = LocalDate.of(2015, 1, 1);
    private final List<List<StoryEvidence>> templates;
    private final StoryClusterer clusterer;

    /** A bench resampling the stories of {@code real}. */
    public StoryScalingBench(List<StoryEvidence> real, StoryClusterer clusterer) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        Map<ArticleId, StoryEvidence> byId = new HashMap<>();
        real.forEach(e -> byId.put(e.article(), e));
        List<List<StoryEvidence>> groups = new ArrayList<>();
        for (Story s : clusterer.cluster(real)) {
            groups.add(s.articles().stream().map(byId::get).toList());
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no real evidence to resample");
        }
        this.templates = groups;
    }

    /** {@code n} resampled articles, the same for the same {@code n} and seed; each story moved within ±10 years. */
    public List<StoryEvidence> synthetic(int n, long seed) {
        return synthetic(n, seed, 0);
    }

    /**
     * {@code n} resampled articles whose stories start on a random day of {@code spanDays} days from
     * 2015-01-01 (a stream of constant daily volume); with {@code spanDays} 0, each story is moved by
     * a random number of days within ±10 years instead.
     */
    public List<StoryEvidence> synthetic(int n, long seed, int spanDays) {
        Random random = new Random(seed);
        List<StoryEvidence> out = new ArrayList<>(n);
        int copy = 0;
        while (out.size() < n) {
            List<StoryEvidence> group = templates.get(random.nextInt(templates.size()));
            long days = spanDays > 0
                    ? UNDATED_BASE.plusDays(random.nextInt(spanDays)).toEpochDay() - start(group).toEpochDay()
                    : random.nextInt(20 * 365) - 10 * 365;
            copy++;
            for (StoryEvidence e : group) {
                if (out.size() == n) {
                    break;
                }
                String outlet = (e.outlet() == null ? "outlet" : e.outlet()) + "-" + random.nextInt(50);
                ArticleId id = new ArticleId(String.format("%016x%016x", copy, out.size()));
                StoryEvidence moved = e.resampled(id, e.doc() + "#" + copy, outlet, days);
                if (spanDays > 0) {
                    moved = anotherEvent(moved, copy);
                }
                if (moved.when() == null) {
                    // an undated original (ECB+ often) gets a publication date, else every copy would be one story
                    LocalDate published = UNDATED_BASE.plusDays(days);
                    moved = new StoryEvidence(moved.article(), moved.doc(), moved.outlet(), moved.title(), published,
                            moved.lead(), DateWindow.reportedBy(published), moved.terms());
                }
                out.add(moved);
            }
        }
        return out;
    }

    /**
     * The same kind of news about another event: its names, lead actors and place, and half of its
     * rare words (in fewer than 1 in 1,000 documents of the background table; which half is fixed per
     * story), are made the copy's own; common words stay shared with every copy of the template.
     */
    private static StoryEvidence anotherEvent(StoryEvidence e, int copy) {
        TermWeights background = TermWeights.background();
        int rare = background.articles() / 1_000;
        String suffix = "~" + copy;
        Map<String, Integer> words = new HashMap<>();
        e.terms().words().forEach((w, n) -> words.merge(
                background.wordFrequency(w) < rare && Math.floorMod((w + suffix).hashCode(), 2) == 0 ? w + suffix : w,
                n, Integer::sum));
        Map<String, Integer> names = new HashMap<>();
        e.terms().names().forEach((name, n) -> names.merge(name + suffix, n, Integer::sum));
        StoryEvidence.LeadEvent lead = e.lead() == null ? null : new StoryEvidence.LeadEvent(e.lead().type(),
                e.lead().mode(), e.lead().actors().stream().map(a -> a + suffix).collect(java.util.stream.Collectors.toSet()),
                e.lead().countries(), e.lead().date(), e.lead().place() == null ? null : e.lead().place() + suffix,
                e.lead().placeCountry());
        return new StoryEvidence(e.article(), e.doc(), e.outlet(), e.title(), e.published(), lead, e.when(),
                new ArticleTerms(words, names));
    }

    // The earliest day a story's members give (window start or publication), or the undated base.
    private static LocalDate start(List<StoryEvidence> group) {
        return group.stream().map(StoryScalingBench::day).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(UNDATED_BASE);
    }

    /** Clusters {@code n} synthetic articles and measures it. */
    public Row run(int n) {
        List<StoryEvidence> input = synthetic(n, n);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        List<Story> stories = clusterer.cluster(input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Row(n, stories.size(), millis, peak / (1024 * 1024));
    }

    /**
     * One checkpoint of incremental assignment.
     *
     * @param articles       articles added so far
     * @param microsPerArticle mean cost per article of adding the last {@code window} articles
     * @param stories        stories at this point
     * @param totalMillis    time to add all the articles so far
     * @param peakHeapMb     peak heap so far
     */
    public record AssignmentRow(int articles, double microsPerArticle, int stories, long totalMillis, long peakHeapMb) {
        public String line() {
            return String.format(Locale.ROOT, "| %,d | %,.0f | %,d | %,d | %,d |", articles, microsPerArticle, stories,
                    totalMillis, peakHeapMb);
        }
    }

    /**
     * Adds {@code max(checkpoints)} synthetic articles to {@link IncrementalStories} as a stream of
     * {@code perDay} articles a day would bring them, in date order: in batches of 1,000, except the
     * {@code window} arrivals before each checkpoint, added {@code timedBatch} at a time and timed.
     */
    public List<AssignmentRow> assignment(int[] checkpoints, int window, int perDay, int timedBatch) {
        int max = java.util.Arrays.stream(checkpoints).max().orElseThrow();
        List<StoryEvidence> input = new ArrayList<>(synthetic(max, max, Math.max(1, max / perDay)));
        // a stream: reports arrive in the order of their news, undated ones anywhere
        input.sort(java.util.Comparator.comparing(StoryScalingBench::day,
                java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder())));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        IncrementalStories stories = new IncrementalStories(clusterer);
        List<AssignmentRow> rows = new ArrayList<>();
        long start = System.nanoTime();
        int added = 0;
        for (int checkpoint : java.util.Arrays.stream(checkpoints).sorted().toArray()) {
            int timedFrom = Math.max(added, checkpoint - window);
            while (added < timedFrom) {
                int to = Math.min(timedFrom, added + 1_000);
                stories.add(input.subList(added, to));
                added = to;
            }
            long t = System.nanoTime();
            long reclustered = 0;
            while (added < checkpoint) {
                int to = Math.min(checkpoint, added + timedBatch);
                reclustered += stories.add(input.subList(added, to)).reclustered();
                added = to;
            }
            long calls = Math.max(1, (checkpoint - timedFrom + timedBatch - 1) / timedBatch);
            System.out.println("checkpoint " + checkpoint + ": mean articles re-clustered per add "
                    + reclustered / calls);
            double micros = (System.nanoTime() - t) / 1_000.0 / Math.max(1, checkpoint - timedFrom);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            rows.add(new AssignmentRow(checkpoint, micros, stories.stories().size(),
                    (System.nanoTime() - start) / 1_000_000, peak / (1024 * 1024)));
            System.out.println(rows.get(rows.size() - 1).line());
        }
        return rows;
    }

    /** The day an article's news is placed at: its window's first day, else its publication day. */
    private static LocalDate day(StoryEvidence e) {
        return e.when() != null ? e.when().from() : e.published();
    }
}

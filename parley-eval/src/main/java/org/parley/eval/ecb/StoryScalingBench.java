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
        return plan(n, seed, spanDays).stream().map(p -> materialize(p, spanDays)).toList();
    }

    /** One synthetic article before it is made: which template member, which copy, moved by how many days. */
    private record Planned(int template, int member, int copy, long days, int outlet, int number) {
    }

    // The synthetic articles as small records: a million of them fit where a million evidences do not.
    private List<Planned> plan(int n, long seed, int spanDays) {
        Random random = new Random(seed);
        List<Planned> out = new ArrayList<>(n);
        int copy = 0;
        while (out.size() < n) {
            int t = random.nextInt(templates.size());
            List<StoryEvidence> group = templates.get(t);
            long days = spanDays > 0
                    ? UNDATED_BASE.plusDays(random.nextInt(spanDays)).toEpochDay() - start(group).toEpochDay()
                    : random.nextInt(20 * 365) - 10 * 365;
            copy++;
            for (int m = 0; m < group.size() && out.size() < n; m++) {
                out.add(new Planned(t, m, copy, days, random.nextInt(50), out.size()));
            }
        }
        return out;
    }

    private StoryEvidence materialize(Planned p, int spanDays) {
        StoryEvidence e = templates.get(p.template()).get(p.member());
        String outlet = (e.outlet() == null ? "outlet" : e.outlet()) + "-" + p.outlet();
        ArticleId id = new ArticleId(String.format("%016x%016x", p.copy(), p.number()));
        StoryEvidence moved = e.resampled(id, e.doc() + "#" + p.copy(), outlet, p.days());
        if (spanDays > 0) {
            moved = anotherEvent(moved, p.copy());
        }
        if (moved.when() == null) {
            // an undated original (ECB+ often) gets a publication date, else every copy would be one story
            LocalDate published = UNDATED_BASE.plusDays(p.days());
            moved = new StoryEvidence(moved.article(), moved.doc(), moved.outlet(), moved.title(), published,
                    moved.lead(), DateWindow.reportedBy(published), moved.terms());
        }
        return moved;
    }

    // The day a planned article's news is placed at, as day() gives for it once made.
    private LocalDate day(Planned p) {
        StoryEvidence e = templates.get(p.template()).get(p.member());
        return e.when() != null ? e.when().from().plusDays(p.days())
                : DateWindow.reportedBy(UNDATED_BASE.plusDays(p.days())).from();
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
     * @param articles         articles added so far
     * @param microsPerArticle mean wall time per article of adding the last {@code window} articles
     * @param cpuMicrosPerArticle the same in CPU time of the adding thread (what a loaded machine distorts least)
     * @param seeds            mean articles whose links changed per timed add (arrivals, rescaled, withdrawn pairs' ends)
     * @param reclustered      mean articles average linkage ran over per timed add
     * @param rounds           mean runs per timed add (1: the first region was proven)
     * @param pairsPerArticle  candidate pairs held per article at the checkpoint
     * @param stories          stories at this point
     * @param totalMillis      time to add all the articles so far
     * @param peakHeapMb       peak heap so far
     * @param bytesPerArticle  heap live after a collection, above what it was before the first article, per article
     */
    public record AssignmentRow(int articles, double microsPerArticle, double cpuMicrosPerArticle, double seeds, double reclustered,
                                double rounds, double pairsPerArticle, int stories, long totalMillis, long peakHeapMb,
                                long bytesPerArticle) {
        public String line() {
            return String.format(Locale.ROOT, "| %,d | %,.2f | %,.2f | %,.1f | %,.1f | %.2f | %,.1f | %,d | %,d | %,d | %,d |", articles,
                    microsPerArticle / 1000, cpuMicrosPerArticle / 1000, seeds, reclustered, rounds, pairsPerArticle, stories,
                    totalMillis, peakHeapMb, bytesPerArticle);
        }
    }

    /**
     * Adds {@code max(checkpoints)} synthetic articles to {@link IncrementalStories} as a stream of
     * {@code perDay} articles a day would bring them, in date order: the articles up to {@code window}
     * before each checkpoint in one untimed batch (as a store is loaded: one average linkage run over
     * them, what the batch clusterer does), then the {@code window} arrivals before the checkpoint
     * {@code timedBatch} at a time, timed. Articles are made as they are added, so the input never
     * sits in memory whole.
     */
    public List<AssignmentRow> assignment(int[] checkpoints, int window, int perDay, int timedBatch) {
        int max = java.util.Arrays.stream(checkpoints).max().orElseThrow();
        int span = Math.max(1, max / perDay);
        List<Planned> input = new ArrayList<>(plan(max, max, span));
        // a stream: reports arrive in the order of their news
        input.sort(java.util.Comparator.comparing(this::day));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long baseline = used(heap);
        IncrementalStories stories = new IncrementalStories(clusterer);
        List<AssignmentRow> rows = new ArrayList<>();
        long start = System.nanoTime();
        int added = 0;
        for (int checkpoint : java.util.Arrays.stream(checkpoints).sorted().toArray()) {
            int timedFrom = Math.max(added, checkpoint - window);
            if (added < timedFrom) {
                // one batch: one average linkage run, as the batch clusterer makes, and no proof runs;
                // what loading costs either way is the candidate pairs' similarities (docs/bench.md)
                long loading = System.nanoTime();
                stories.add(lazilyMade(input.subList(added, timedFrom), span));
                System.out.printf(Locale.ROOT, "loaded %,d articles in %,d ms%n", timedFrom - added,
                        (System.nanoTime() - loading) / 1_000_000);
                added = timedFrom;
            }
            java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpuNanos = 0;
            long nanos = 0;
            long seeds = 0;
            long reclustered = 0;
            long rounds = 0;
            while (added < checkpoint) {
                int to = Math.min(checkpoint, added + timedBatch);
                List<StoryEvidence> batch = made(input.subList(added, to), span);
                long c = cpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                IncrementalStories.Change change = stories.add(batch);
                nanos += System.nanoTime() - t;
                cpuNanos += cpu.getCurrentThreadCpuTime() - c;
                seeds += change.seeds();
                reclustered += change.reclustered();
                rounds += change.rounds();
                added = to;
            }
            double calls = Math.max(1, (checkpoint - timedFrom + timedBatch - 1) / timedBatch);
            double micros = nanos / 1_000.0 / Math.max(1, checkpoint - timedFrom);
            double cpuMicros = cpuNanos / 1_000.0 / Math.max(1, checkpoint - timedFrom);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long live = used(heap) - baseline;
            rows.add(new AssignmentRow(checkpoint, micros, cpuMicros, seeds / calls, reclustered / calls, rounds / calls,
                    stories.candidatePairs() / (double) checkpoint, stories.stories().size(),
                    (System.nanoTime() - start) / 1_000_000, peak / (1024 * 1024), live / checkpoint));
            System.out.println(rows.get(rows.size() - 1).line());
        }
        return rows;
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    // Made as they are read (once each, in order): the graph keeps each article's evidence without
    // its term counts. Every 100,000 a progress line, so a run stopped while loading still tells
    // the loading rate and the heap it had reached.
    private List<StoryEvidence> lazilyMade(List<Planned> planned, int spanDays) {
        long start = System.nanoTime();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        return new java.util.AbstractList<>() {
            @Override
            public StoryEvidence get(int i) {
                if (i > 0 && i % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  loading: %,d articles read in %,d ms, heap used %,d MB%n", i,
                            (System.nanoTime() - start) / 1_000_000, used(heap) / (1024 * 1024));
                }
                return materialize(planned.get(i), spanDays);
            }

            @Override
            public int size() {
                return planned.size();
            }
        };
    }

    private List<StoryEvidence> made(List<Planned> planned, int spanDays) {
        return planned.stream().map(p -> materialize(p, spanDays)).toList();
    }

    /** The day an article's news is placed at: its window's first day, else its publication day. */
    private static LocalDate day(StoryEvidence e) {
        return e.when() != null ? e.when().from() : e.published();
    }
}

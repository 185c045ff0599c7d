package org.parley.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;

/**
 * How cross-article consolidation scales: consolidates the findings of {@code n} synthetic articles
 * made by cycling real findings. Each pass over the real findings is one copy of the corpus moved by
 * a random number of days (within ten years either way), under new article ids, so copies report
 * different events on other days, as the same actors meet again; undated mentions stay undated.
 * Reports wall time and peak heap per size.
 *
 * <p>Not thread-safe: one measurement at a time, on an otherwise idle JVM.
 */
public final class ConsolidationScalingBench {

    /** One measured size. */
    public record Row(int articles, int events, long millis, long peakHeapMb) {
    }

    private final List<ArticleFindings> real;
    private final EventConsolidator consolidator = EventConsolidator.withoutArticles();

    /** A bench cycling {@code real}, which must hold at least one article's findings. */
    public ConsolidationScalingBench(List<ArticleFindings> real) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no real findings to resample");
        }
        this.real = List.copyOf(real);
    }

    /** {@code n} resampled articles' findings, the same for the same {@code n} and seed. */
    public List<ArticleFindings> synthetic(int n, long seed) {
        Random random = new Random(seed);
        List<ArticleFindings> out = new ArrayList<>(n);
        long days = 0;
        for (int i = 0; i < n; i++) {
            int copy = i / real.size();
            if (i % real.size() == 0) {
                days = copy == 0 ? 0 : random.nextInt(20 * 365) - 10 * 365;
            }
            ArticleFindings f = real.get(i % real.size());
            ArticleId id = copy == 0 ? f.article() : new ArticleId(String.format("%016x%016x", copy, i));
            List<EventMention> moved = new ArrayList<>(f.events().size());
            for (EventMention m : f.events()) {
                moved.add(moved(m, id, copy, days));
            }
            out.add(new ArticleFindings(id, moved, List.of()));
        }
        return out;
    }

    /** Consolidates {@code n} synthetic articles' findings and measures it. */
    public Row run(int n) {
        List<ArticleFindings> input = synthetic(n, n);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        List<Event> events = consolidator.consolidate(input, Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Row(n, events.size(), millis, peak / (1024 * 1024));
    }

    private static EventMention moved(EventMention m, ArticleId id, int copy, long days) {
        if (copy == 0) {
            return m;
        }
        Evidence e = m.evidence();
        Evidence evidence = new Evidence(id, e.doc() + "#copy-" + copy, e.sentence(), e.span(), e.text());
        return new EventMention(m.type(), m.mode(), m.cameo(), m.trigger(), m.source(), m.target(),
                shifted(m.date(), days), m.location(), m.topics(), m.background(), evidence, m.during(), m.status());
    }

    static EventDate shifted(EventDate date, long days) {
        if (date instanceof EventDate.ExactDay d) {
            return new EventDate.ExactDay(d.day().plusDays(days), d.basis(), d.evidence());
        }
        if (date instanceof EventDate.MonthOnly m) {
            return new EventDate.MonthOnly(YearMonth.from(m.month().atDay(1).plusDays(days)), m.basis(), m.evidence());
        }
        if (date instanceof EventDate.YearOnly y) {
            return new EventDate.YearOnly(java.time.LocalDate.of(y.year(), 7, 1).plusDays(days).getYear(), y.basis(), y.evidence());
        }
        return date;
    }
}

package org.parley.server;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.DatePrecision;
import org.parley.model.Event;

/**
 * Monthly counts by event type and a monthly cooperation/conflict score, for charts.
 *
 * <p>Only events dated to the month or the day count (a year-only or undated event has no month).
 * For each month: {@code cooperation} = sum of the positive {@link CooperationScore#weight weights},
 * {@code conflict} = sum of the magnitudes of the negative ones, {@code score} = the mean weight
 * of the month's events (-10..+10; 0 for a month without events). Months without events between
 * the first and the last are included with zero counts, so a chart's x axis is continuous.
 * Pure and thread-safe.
 */
public final class MonthlySeries {

    /** Longest gap-filled series; longer spans list only months with events. */
    static final int MAX_FILLED_MONTHS = 1200;

    /**
     * One month.
     *
     * @param month       the month
     * @param counts      events per PLOVER type
     * @param events      events in the month
     * @param cooperation sum of positive weights
     * @param conflict    sum of the magnitudes of negative weights
     * @param score       mean weight, -10..+10
     */
    public record Month(YearMonth month, Map<String, Integer> counts, int events, double cooperation, double conflict,
                        double score) {
        public Month {
            counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        }
    }

    private MonthlySeries() {
    }

    /** The months from the first to the last dated event. */
    public static List<Month> of(List<Event> events) {
        TreeMap<YearMonth, List<Event>> byMonth = new TreeMap<>();
        for (Event e : events) {
            YearMonth m = month(e);
            if (m != null) {
                byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(e);
            }
        }
        List<Month> out = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return out;
        }
        YearMonth first = byMonth.firstKey(), last = byMonth.lastKey();
        boolean fill = first.plusMonths(MAX_FILLED_MONTHS).isAfter(last);
        if (fill) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                out.add(month(m, byMonth.getOrDefault(m, List.of())));
            }
        } else {
            byMonth.forEach((m, list) -> out.add(month(m, list)));
        }
        return out;
    }

    /** The month of an event dated to the month or day, else null. */
    static YearMonth month(Event e) {
        if (e.date().precision() != DatePrecision.DAY && e.date().precision() != DatePrecision.MONTH) {
            return null;
        }
        return YearMonth.parse(e.date().iso().substring(0, 7));
    }

    private static Month month(YearMonth m, List<Event> events) {
        Map<String, Integer> counts = new TreeMap<>();
        double cooperation = 0, conflict = 0, sum = 0;
        for (Event e : events) {
            counts.merge(e.type(), 1, Integer::sum);
            double w = CooperationScore.weight(e);
            sum += w;
            if (w > 0) {
                cooperation += w;
            } else {
                conflict -= w;
            }
        }
        double score = events.isEmpty() ? 0 : sum / events.size();
        return new Month(m, counts, events.size(), round(cooperation), round(conflict), round(score));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

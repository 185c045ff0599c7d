package org.parley.core.relations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.core.data.TsvRows;
import org.parley.model.Event;
import org.parley.model.relations.CooperationPeriod;
import org.parley.model.relations.CooperationSeries;

/**
 * A pair's cooperation over time: its consolidated events counted per year, and per quarter when
 * enough are dated to the month, by PLOVER quad class ({@code plover-quad-classes.tsv}: PLOVER's own
 * grouping of its types into verbal and material cooperation and conflict), each count kept as the
 * ids of its events.
 *
 * <p>An event counts in the year (and quarter) its date starts in; undated events and types the
 * table does not know are left out. Ids are sorted, so the series does not depend on the order of
 * the events. Immutable and thread-safe.
 *
 * <p>Design decision: counts by quad class rather than the Goldstein weights of the server's monthly
 * score, because the card's question is how much of what the pair did was cooperation, and a count
 * can be checked against the records one by one; a weight cannot.
 */
final class CooperationTally {
    // Quarters with one or two events would swing from -1 to +1 on a single report: below this many
    // events dated to a month or a day, the card shows years only.
    static final int MIN_EVENTS_FOR_QUARTERS = 8;

    enum QuadClass { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }

    private final Map<String, QuadClass> classOfType;

    CooperationTally(Map<String, QuadClass> classOfType) {
        this.classOfType = Map.copyOf(classOfType);
    }

    static CooperationTally bundled() {
        return new CooperationTally(TsvRows.bundledByKey(CooperationTally.class, "plover-quad-classes.tsv", 2,
                row -> QuadClass.valueOf(row.cell(1).toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    /** The series of {@code events} (the pair's events: no filtering by country happens here). */
    CooperationSeries of(List<Event> events) {
        Map<String, Map<QuadClass, List<String>>> years = new TreeMap<>();
        Map<String, Map<QuadClass, List<String>>> quarters = new TreeMap<>();
        int monthDated = 0;
        for (Event e : events) {
            QuadClass quad = classOfType.get(e.type());
            String iso = e.date().iso();
            if (quad == null || iso == null) {
                continue;
            }
            add(years, iso.substring(0, 4), quad, e.id());
            if (iso.length() >= 7) {
                monthDated++;
                int quarter = (Integer.parseInt(iso.substring(5, 7)) - 1) / 3 + 1;
                add(quarters, iso.substring(0, 4) + "-Q" + quarter, quad, e.id());
            }
        }
        return new CooperationSeries(periods(years), monthDated >= MIN_EVENTS_FOR_QUARTERS ? periods(quarters) : List.of());
    }

    private static void add(Map<String, Map<QuadClass, List<String>>> periods, String period, QuadClass quad, String id) {
        periods.computeIfAbsent(period, p -> new EnumMap<>(QuadClass.class)).computeIfAbsent(quad, q -> new ArrayList<>()).add(id);
    }

    private static List<CooperationPeriod> periods(Map<String, Map<QuadClass, List<String>>> periods) {
        List<CooperationPeriod> out = new ArrayList<>();
        periods.forEach((period, byClass) -> out.add(new CooperationPeriod(period, ids(byClass, QuadClass.VERBAL_COOPERATION),
                ids(byClass, QuadClass.MATERIAL_COOPERATION), ids(byClass, QuadClass.VERBAL_CONFLICT),
                ids(byClass, QuadClass.MATERIAL_CONFLICT))));
        return out;
    }

    private static List<String> ids(Map<QuadClass, List<String>> byClass, QuadClass quad) {
        return byClass.getOrDefault(quad, List.of()).stream().sorted().toList();
    }
}

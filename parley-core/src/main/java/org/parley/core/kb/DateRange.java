package org.parley.core.kb;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of days, {@code start} to {@code end} inclusive; a {@code null} end means the
 * range is still open (an office-holder still in office).
 *
 * <p>Used for tenures: intersecting the tenures of two people who met gives the only period in
 * which that meeting can have happened, and {@link #candidateYears(MonthDay)} turns that into the
 * years a year-less date ("on May 28") can belong to.
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** A range that is still open at its end. */
    public static DateRange from(LocalDate start) {
        return new DateRange(start, null);
    }

    public boolean isOpen() {
        return end == null;
    }

    /** Whether {@code day} lies inside this range (both ends included). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** The days both ranges share, or empty when they are disjoint. */
    public Optional<DateRange> intersect(DateRange other) {
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e;
        if (end == null) {
            e = other.end;
        } else if (other.end == null) {
            e = end;
        } else {
            e = end.isBefore(other.end) ? end : other.end;
        }
        if (e != null && e.isBefore(s)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(s, e));
    }

    /** The days all ranges share; empty for an empty collection or disjoint ranges. */
    public static Optional<DateRange> intersectAll(Collection<DateRange> ranges) {
        Optional<DateRange> acc = Optional.empty();
        boolean first = true;
        for (DateRange r : ranges) {
            if (first) {
                acc = Optional.of(r);
                first = false;
            } else {
                acc = acc.flatMap(a -> a.intersect(r));
            }
            if (acc.isEmpty()) {
                return acc;
            }
        }
        return acc;
    }

    /**
     * Number of days shared with {@code other} (0 when disjoint); an open end counts up to
     * {@code openEndsAt}.
     */
    public long overlapDays(DateRange other, LocalDate openEndsAt) {
        return intersect(other)
                .map(r -> java.time.temporal.ChronoUnit.DAYS.between(
                        r.start, r.end == null ? openEndsAt : r.end) + 1)
                .map(d -> Math.max(0, d))
                .orElse(0L);
    }

    /**
     * The years {@code y} for which the day {@code monthDay} of year {@code y} lies inside this
     * range, in ascending order. An open range is cut at {@code openEndsAt}'s year. February 29
     * only counts in leap years.
     */
    public List<Integer> candidateYears(MonthDay monthDay, LocalDate openEndsAt) {
        LocalDate last = end == null ? openEndsAt : end;
        List<Integer> years = new ArrayList<>();
        for (int y = start.getYear(); y <= last.getYear(); y++) {
            if (!monthDay.isValidYear(y)) {
                continue;
            }
            LocalDate day = monthDay.atYear(y);
            if (!day.isBefore(start) && !day.isAfter(last)) {
                years.add(y);
            }
        }
        return List.copyOf(years);
    }

    /** {@link #candidateYears(MonthDay, LocalDate)} with open ranges cut at today. */
    public List<Integer> candidateYears(MonthDay monthDay) {
        return candidateYears(monthDay, LocalDate.now());
    }

    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end);
    }
}

package org.parley.core.relations;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parley.model.EventDate;

/**
 * ISO 8601 dates at the precision text gives them (YYYY, YYYY-MM, YYYY-MM-DD): reading one, comparing
 * two at the coarser precision, the time between two. Stateless.
 */
final class IsoDates {
    private static final String ISO = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private IsoDates() {
    }

    /** Whether {@code value} is a date at year, month or day precision. */
    static boolean isIso(String value) {
        return value != null && value.matches(ISO);
    }

    /** The date {@code iso} (YYYY, YYYY-MM or YYYY-MM-DD) at its precision. */
    static EventDate of(String iso, EventDate.Basis basis, List<String> evidence) {
        return switch (iso.length()) {
            case 4 -> new EventDate.YearOnly(Integer.parseInt(iso), basis, evidence);
            case 7 -> new EventDate.MonthOnly(YearMonth.parse(iso), basis, evidence);
            default -> new EventDate.ExactDay(LocalDate.parse(iso), basis, evidence);
        };
    }

    /** Whether one date is the other at a coarser precision ("2023-09" and "2023-09-10"), so they agree. */
    static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Whether {@code a} is not before {@code b}, compared at the coarser of their precisions. */
    static boolean notBefore(String a, String b) {
        int common = Math.min(a.length(), b.length());
        return a.substring(0, common).compareTo(b.substring(0, common)) >= 0;
    }

    /**
     * The time from {@code from} to {@code to} at the coarser of their precisions, as an ISO 8601 period
     * ("P5M", "P1Y", "P4M26D"); null when either is not a dated day, month or year.
     */
    static String between(EventDate from, EventDate to) {
        if (!isIso(from.iso()) || !isIso(to.iso())) {
            return null;
        }
        int precision = Math.min(from.iso().length(), to.iso().length());
        LocalDate start = firstDay(from.iso());
        LocalDate end = firstDay(to.iso());
        return switch (precision) {
            case 4 -> Period.ofYears(end.getYear() - start.getYear()).toString();
            case 7 -> Period.ofMonths((int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end))).normalized()
                    .toString();
            default -> Period.between(start, end).toString();
        };
    }

    private static LocalDate firstDay(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }
}

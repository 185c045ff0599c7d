package org.parley.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * When an event happened, as precisely as the text allows, with how it was obtained.
 *
 * <p>{@code inferred} is true when any part (typically the year) was not stated and was inferred;
 * {@code evidence} lists the expressions and the reasoning used, for the user to check.
 */
public sealed interface EventDate {

    /** How the value was obtained. */
    enum Basis {
        /** Written in full in the text ("on March 25, 2024"). */
        STATED,
        /** Relative to the publication date ("today", "on Tuesday", "last year"). */
        RELATIVE,
        /** A part was missing and was inferred (a year from tenures, anniversaries, other dates). */
        INFERRED
    }

    Basis basis();

    List<String> evidence();

    DatePrecision precision();

    /** ISO 8601 at the known precision ({@code 2024-03-26}, {@code 2023-09}, {@code 2021}), or null. */
    String iso();

    /** For a reader: {@link #iso()}, or a period's {@code start..end} ({@code 2023-09..2024-03}); null when unknown. */
    default String written() {
        return iso();
    }

    default boolean inferred() {
        return basis() == Basis.INFERRED;
    }

    record ExactDay(LocalDate day, Basis basis, List<String> evidence) implements EventDate {
        public ExactDay {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(basis, "basis");
            evidence = List.copyOf(evidence);
        }

        @Override
        public DatePrecision precision() {
            return DatePrecision.DAY;
        }

        @Override
        public String iso() {
            return day.toString();
        }
    }

    record MonthOnly(YearMonth month, Basis basis, List<String> evidence) implements EventDate {
        public MonthOnly {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(basis, "basis");
            evidence = List.copyOf(evidence);
        }

        @Override
        public DatePrecision precision() {
            return DatePrecision.MONTH;
        }

        @Override
        public String iso() {
            return month.toString();
        }
    }

    record YearOnly(int year, Basis basis, List<String> evidence) implements EventDate {
        public YearOnly {
            Objects.requireNonNull(basis, "basis");
            evidence = List.copyOf(evidence);
        }

        @Override
        public DatePrecision precision() {
            return DatePrecision.YEAR;
        }

        @Override
        public String iso() {
            return String.format("%04d", year);
        }
    }

    /**
     * An action summarised over a period ("since September 2023", "over the past six months",
     * "between 2021 and 2023"): from the first day of {@code start}'s unit to the last day of
     * {@code end}'s, both included, each written to the {@code unit} (the coarser of what the text
     * gives for its two ends), which is its {@link #precision()}. {@link #iso()} is the start,
     * {@link #isoEnd()} the end.
     */
    record Period(LocalDate start, LocalDate end, DatePrecision unit, Basis basis, List<String> evidence)
            implements EventDate {
        public Period {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(basis, "basis");
            if (unit == DatePrecision.UNKNOWN) {
                throw new IllegalArgumentException("a period needs a known unit");
            }
            start = firstDayOf(Objects.requireNonNull(start, "start"), unit);
            end = lastDayOf(Objects.requireNonNull(end, "end"), unit);
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
            }
            evidence = List.copyOf(evidence);
        }

        @Override
        public DatePrecision precision() {
            return unit;
        }

        @Override
        public String iso() {
            return isoAt(start, unit);
        }

        @Override
        public String written() {
            return iso() + ".." + isoEnd();
        }

        /** The end, ISO 8601 at the period's precision. */
        public String isoEnd() {
            return isoAt(end, unit);
        }

        /** Whether {@code day} lies in the period. */
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        private static LocalDate firstDayOf(LocalDate d, DatePrecision p) {
            return switch (p) {
                case YEAR -> d.withDayOfYear(1);
                case MONTH -> d.withDayOfMonth(1);
                default -> d;
            };
        }

        private static LocalDate lastDayOf(LocalDate d, DatePrecision p) {
            return switch (p) {
                case YEAR -> d.withMonth(12).withDayOfMonth(31);
                case MONTH -> YearMonth.from(d).atEndOfMonth();
                default -> d;
            };
        }

        private static String isoAt(LocalDate d, DatePrecision p) {
            return switch (p) {
                case YEAR -> String.format("%04d", d.getYear());
                case MONTH -> YearMonth.from(d).toString();
                default -> d.toString();
            };
        }
    }

    record Unknown(List<String> evidence) implements EventDate {
        public Unknown {
            evidence = List.copyOf(evidence);
        }

        @Override
        public Basis basis() {
            return Basis.STATED;
        }

        @Override
        public DatePrecision precision() {
            return DatePrecision.UNKNOWN;
        }

        @Override
        public String iso() {
            return null;
        }
    }
}

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

package org.parley.core.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventDate;

/**
 * A TIMEX3 value (as SUTime writes it) read into what it says about a calendar date: a day, a
 * month or a year with a year; a day, month or weekday without one ({@code XXXX-05-28},
 * {@code XXXX-WXX-3}); a reference to another date of the text ({@code THIS P1D}, "the same
 * day"); or nothing usable ({@code PAST_REF}, durations, sets).
 *
 * <p>{@link #parse(String)} never throws: an unreadable value is {@link Unresolved}.
 */
public sealed interface TimexValue {

    /** A full calendar day, e.g. {@code 2024-03-26}, {@code 2024-06-20T14:30}. */
    record Day(LocalDate day) implements TimexValue {
        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /** A month of a known year, e.g. {@code 2023-09}. */
    record MonthOfYear(YearMonth month) implements TimexValue {
        public MonthOfYear {
            Objects.requireNonNull(month, "month");
        }
    }

    /** A year, e.g. {@code 2023}. */
    record Year(int year) implements TimexValue {
    }

    /** Month and day without a year, e.g. {@code XXXX-05-28}. */
    record YearlessDay(MonthDay monthDay) implements TimexValue {
        public YearlessDay {
            Objects.requireNonNull(monthDay, "monthDay");
        }
    }

    /** A month without a year, e.g. {@code XXXX-06}. */
    record YearlessMonth(Month month) implements TimexValue {
        public YearlessMonth {
            Objects.requireNonNull(month, "month");
        }
    }

    /** A weekday without a week, e.g. {@code XXXX-WXX-3} (Wednesday). */
    record Weekday(DayOfWeek dayOfWeek) implements TimexValue {
        public Weekday {
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        }
    }

    /** The same day as the previous date in the text ({@code THIS P1D}: "the same day"). */
    record SameDay() implements TimexValue {
    }

    /** Nothing datable: vague references, unresolved offsets, durations written as values. */
    record Unresolved(String value) implements TimexValue {
    }

    Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    Pattern YEAR = Pattern.compile("(\\d{4})");
    Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(?:T.*)?");
    Pattern YEARLESS_MONTH = Pattern.compile("XXXX-(\\d{2})");
    Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(?:T.*)?");

    /** Reads a TIMEX3 value; null or unreadable values are {@link Unresolved}. */
    static TimexValue parse(String value) {
        if (value == null || value.isBlank()) {
            return new Unresolved(String.valueOf(value));
        }
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                return new Day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return new MonthOfYear(YearMonth.of(num(m, 1), num(m, 2)));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                return new Year(num(m, 1));
            }
            if ((m = YEARLESS_DAY.matcher(v)).matches()) {
                return new YearlessDay(MonthDay.of(num(m, 1), num(m, 2)));
            }
            if ((m = YEARLESS_MONTH.matcher(v)).matches()) {
                return new YearlessMonth(Month.of(num(m, 1)));
            }
            if ((m = WEEKDAY.matcher(v)).matches()) {
                return new Weekday(DayOfWeek.of(num(m, 1)));
            }
        } catch (DateTimeException e) {
            return new Unresolved(v);
        }
        if (v.equals("THIS P1D")) {
            return new SameDay();
        }
        return new Unresolved(v);
    }

    /**
     * The event date a resolved value gives on its own ({@link Day}, {@link MonthOfYear}, {@link Year}),
     * with {@code basis} and {@code evidence}; {@link EventDate.Unknown} for every other value
     * (those need context: a year, a previous date).
     */
    static EventDate toEventDate(String value, EventDate.Basis basis, List<String> evidence) {
        TimexValue parsed = parse(value);
        if (parsed instanceof Day d) {
            return new EventDate.ExactDay(d.day(), basis, evidence);
        }
        if (parsed instanceof MonthOfYear m) {
            return new EventDate.MonthOnly(m.month(), basis, evidence);
        }
        if (parsed instanceof Year y) {
            return new EventDate.YearOnly(y.year(), basis, evidence);
        }
        return new EventDate.Unknown(evidence);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}

package org.parley.core.dates;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.DatePrecision;

/**
 * A duration as SUTime writes it: a count of days, weeks, months or years ({@code P6M}, {@code P5Y}),
 * alone or after a modifier word. The one reader of durations for the period of a sentence
 * ({@link PeriodReading}: "the past six months") and for counts of years ({@link ElapsedYears}: "five
 * years after ... 2020"). Immutable.
 *
 * @param count how many units (at most four digits: a longer count is no duration of news)
 * @param unit  {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS}
 */
record TimexDuration(int count, ChronoUnit unit) {

    private static final Pattern VALUE = Pattern.compile("(?:^|\\s)P(\\d{1,4})([DWMY])$");

    /** The duration a TIMEX3 value states, or empty for every other value (null included). */
    static Optional<TimexDuration> parse(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        ChronoUnit unit = switch (m.group(2)) {
            case "D" -> ChronoUnit.DAYS;
            case "W" -> ChronoUnit.WEEKS;
            case "M" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return Optional.of(new TimexDuration(Integer.parseInt(m.group(1)), unit));
    }

    /** Whether it counts years ("P5Y"). */
    boolean inYears() {
        return unit == ChronoUnit.YEARS;
    }

    /** The calendar period it spans. */
    Period period() {
        return switch (unit) {
            case DAYS -> Period.ofDays(count);
            case WEEKS -> Period.ofWeeks(count);
            case MONTHS -> Period.ofMonths(count);
            default -> Period.ofYears(count);
        };
    }

    /** The precision of a period this long: days and weeks are counted in days. */
    DatePrecision precision() {
        return switch (unit) {
            case MONTHS -> DatePrecision.MONTH;
            case YEARS -> DatePrecision.YEAR;
            default -> DatePrecision.DAY;
        };
    }
}

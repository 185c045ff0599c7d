package org.parley.engine.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.EventDate;

/**
 * Dates as the GDELT 2.0 codebook writes them: {@code YYYYMMDD}, {@code YYYYMM}, {@code YYYY},
 * {@code YYYY.FFFF} and the UTC timestamp {@code YYYYMMDDHHMMSS}. Stateless.
 */
final class GdeltDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private GdeltDates() {
    }

    /**
     * The day GDELT's day columns get for a Parley date: the day itself, else the first day of its
     * month, year or period (GDELT has no precision column); empty when the date is unknown.
     */
    static Optional<LocalDate> day(EventDate date) {
        if (date instanceof EventDate.ExactDay d) {
            return Optional.of(d.day());
        }
        if (date instanceof EventDate.MonthOnly m) {
            return Optional.of(m.month().atDay(1));
        }
        if (date instanceof EventDate.YearOnly y) {
            return Optional.of(LocalDate.of(y.year(), 1, 1));
        }
        if (date instanceof EventDate.Period p) {
            return Optional.of(p.start());
        }
        return Optional.empty();
    }

    static String sqlDate(LocalDate day) {
        return day.format(DAY);
    }

    static String monthYear(LocalDate day) {
        return String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue());
    }

    /** The year plus the part of it completed by that day, 0 to 0.9999 as the codebook's FractionDate says. */
    static String fractionDate(LocalDate day) {
        double completed = (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        return String.format(Locale.ROOT, "%.4f", day.getYear() + completed);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    static String timestamp(LocalDate day) {
        return sqlDate(day) + "000000";
    }
}

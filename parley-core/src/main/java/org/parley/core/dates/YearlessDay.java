package org.parley.core.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/** A month and day whose year {@link YearInference} is to infer; prints as "May 28". */
record YearlessDay(MonthDay monthDay) {

    /** The day in {@code year}, or null when it has none (February 29). */
    LocalDate in(int year) {
        return monthDay.isValidYear(year) ? monthDay.atYear(year) : null;
    }

    @Override
    public String toString() {
        return monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + monthDay.getDayOfMonth();
    }

    /** "Tuesday": a weekday as the evidence writes it. */
    static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

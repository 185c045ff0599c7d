package org.parley.core.dateline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date read from a dateline or date stamp, as written.
 *
 * @param date            the calendar date, or null when the dateline gives no year
 * @param monthDay        month and day (always present; equals {@code date}'s when there is a year)
 * @param time            the time of day, or null when none was written
 * @param statedOffset    the UTC offset written with it ({@code (GMT+7)}, {@code Z}, {@code ICT}), or null
 * @param unresolvedZone  a zone abbreviation written with it that only the outlet can settle ({@code IST}), or null
 * @param update          true when a label marks it as an update stamp ({@code Updated:}, {@code Cập nhật})
 * @param orderUndecided  true when the text is a numeric date such as {@code 05/03/2024} whose day/month
 *                        order neither the text nor the caller's order could settle; {@code date} then
 *                        holds the day-first reading and must not be trusted
 * @param text            the text it was read from
 * @param note            how an ambiguity was settled, or null
 */
public record Dateline(LocalDate date, MonthDay monthDay, LocalTime time, ZoneOffset statedOffset,
                       String unresolvedZone, boolean update, boolean orderUndecided, String text, String note) {
    public Dateline {
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(text, "text");
        if (date != null && !MonthDay.from(date).equals(monthDay)) {
            throw new IllegalArgumentException("monthDay " + monthDay + " disagrees with date " + date);
        }
    }

    /** Whether a year was written. */
    public boolean hasYear() {
        return date != null;
    }

    /** This dateline with its evidence text replaced (e.g. extended to the place and agency). */
    Dateline withText(String newText) {
        return new Dateline(date, monthDay, time, statedOffset, unresolvedZone, update, orderUndecided, newText, note);
    }

    /** This dateline with {@code more} added to how it was read. */
    public Dateline withNote(String more) {
        return new Dateline(date, monthDay, time, statedOffset, unresolvedZone, update, orderUndecided, text,
                note == null ? more : note + "; " + more);
    }

    /**
     * This undecided numeric date read in {@code order}, for the reason given (both its numbers
     * are at most 12, so either reading is a valid date).
     */
    public Dateline inOrder(DayMonthOrder order, String reason) {
        LocalDate read = order == DayMonthOrder.DAY_FIRST
                ? date : LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        return new Dateline(read, MonthDay.from(read), time, statedOffset, unresolvedZone, update, false, text, reason);
    }

    Dateline asUpdate(boolean isUpdate) {
        return new Dateline(date, monthDay, time, statedOffset, unresolvedZone, isUpdate, orderUndecided, text, note);
    }
}

package org.parley.core.dateline;

/**
 * How an outlet writes numeric dates whose first two numbers could each be a day or a month,
 * such as {@code 05/03/2024}.
 */
public enum DayMonthOrder {
    /** {@code dd/MM/yyyy}: most of the world. */
    DAY_FIRST,
    /** {@code MM/dd/yyyy}: United States, Philippines. */
    MONTH_FIRST
}

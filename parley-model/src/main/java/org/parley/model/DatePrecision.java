package org.parley.model;

/** How precisely a date is known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}

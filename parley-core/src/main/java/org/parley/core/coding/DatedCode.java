package org.parley.core.coding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One code of an actor, valid within optional date bounds ({@code [HOBGOV 19950601-19990815]},
 * {@code [RHO <790606]}, {@code [HOBELI >20130119]}). An unbounded code applies when no bounded
 * one does.
 *
 * @param code  the actor code ({@code USAGOV}); {@code ---} means "not an actor" in that period
 * @param from  first day it holds, or null when open
 * @param until last day it holds, or null when open
 */
public record DatedCode(String code, LocalDate from, LocalDate until) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
    }

    public boolean bounded() {
        return from != null || until != null;
    }

    /** Whether the code holds on {@code date} (an unknown date matches only unbounded codes). */
    public boolean holdsOn(LocalDate date) {
        if (!bounded()) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}

package org.parley.core.dates;

import java.util.Objects;

/**
 * What a passage of an article says about the year of its (year-less) dates.
 *
 * @param kind     how binding it is
 * @param lowest   the earliest year it allows
 * @param highest  the latest year it allows
 * @param sentence the sentence it was read from
 * @param reason   human-readable: the passage and the conclusion
 */
public record YearClue(Kind kind, int lowest, int highest, int sentence, String reason) {

    /** How binding a clue is. */
    public enum Kind {
        /** Holds for every event the article reports ("has headed the ministry since April 2021"). */
        BOUND,
        /**
         * Names the article's present year ("this year, which marks the 10th anniversary of ...");
         * a date written without a year is read in that year.
         */
        PRESENT_YEAR,
        /** Weak evidence, reported but never decisive (a COVID-19 vaccine mention). */
        WEAK
    }

    public YearClue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (highest < lowest) {
            throw new IllegalArgumentException("year clue allows no year: " + lowest + ".." + highest);
        }
    }

    public boolean allows(int year) {
        return lowest <= year && year <= highest;
    }
}

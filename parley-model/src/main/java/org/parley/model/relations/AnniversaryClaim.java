package org.parley.model.relations;

import java.util.Objects;
import org.parley.model.Evidence;

/**
 * A report's statement that a year marks an anniversary ("the 30th of normalization of relations
 * (2024)"), which dates the milestone or framework it counts from: {@code year - years}.
 *
 * @param subject the milestone kind or the framework name the years count from
 * @param years   how many years
 * @param year    the year the report says marks them
 * @param said    the sentence that says it
 */
public record AnniversaryClaim(String subject, int years, int year, Evidence said) {
    public AnniversaryClaim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(said, "said");
        if (years < 1) {
            throw new IllegalArgumentException("an anniversary counts at least one year: " + years);
        }
    }

    /** The year the claim dates the milestone to. */
    public int impliedStart() {
        return year - years;
    }
}

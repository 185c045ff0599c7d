package org.parley.model.relations;

import java.util.Objects;

/**
 * A round anniversary still to come: {@code years} of {@code subject} in {@code year}.
 *
 * @param subject the milestone or framework name
 * @param years   how many years it will mark
 * @param year    the year it falls in
 * @param since   the date it counts from (ISO 8601 at its precision)
 */
public record Anniversary(String subject, int years, int year, String since) {
    public Anniversary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(since, "since");
    }
}

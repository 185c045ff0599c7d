package org.parley.core.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dated milestone of the relations between two countries ("comprehensive partnership",
 * USA–VNM, 2013-07-25), from which news counts anniversaries.
 *
 * @param countries the two ISO 3166-1 alpha-3 codes
 * @param key       a controlled name, e.g. {@code comprehensive_partnership}
 * @param names     lower-case phrases news uses for it
 * @param date      the day it happened
 */
public record Milestone(Set<String> countries, String key, List<String> names, LocalDate date) {
    public Milestone {
        countries = Set.copyOf(countries);
        Objects.requireNonNull(key, "key");
        names = List.copyOf(names);
        Objects.requireNonNull(date, "date");
        if (countries.size() != 2) {
            throw new IllegalArgumentException("a milestone needs two countries: " + countries);
        }
    }

    /** The dyad as written in the table: the two codes in alphabetical order joined by '-'. */
    public String dyad() {
        return String.join("-", countries.stream().sorted().toList());
    }
}

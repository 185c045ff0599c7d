package org.parley.model.relations;

import java.util.Objects;

/**
 * Two countries, by ISO 3166-1 alpha-3 code, in alphabetical order so that USA–VNM and VNM–USA are
 * one pair.
 */
public record CountryPair(String first, String second) {
    public CountryPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.matches("[A-Z]{3}") || !second.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("countries must be ISO alpha-3: " + first + ", " + second);
        }
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a pair is two different countries in order: " + first + ", " + second);
        }
    }

    /** The pair of {@code a} and {@code b}, in either order. */
    public static CountryPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new CountryPair(a, b) : new CountryPair(b, a);
    }

    public boolean has(String country) {
        return first.equals(country) || second.equals(country);
    }

    @Override
    public String toString() {
        return first + "-" + second;
    }
}

package org.parley.model;

import java.util.Objects;

/**
 * Where an event happened, geocoded against the bundled gazetteer when possible.
 *
 * @param name    the place name ("Washington", "Hanoi")
 * @param country ISO alpha-3, or null
 * @param lat     latitude, or null when not geocoded
 * @param lon     longitude, or null when not geocoded
 */
public record Location(String name, String country, Double lat, Double lon) {
    public Location {
        Objects.requireNonNull(name, "name");
    }
}

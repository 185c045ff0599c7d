package org.parley.core.places;

import java.util.Objects;

/**
 * A populated place of the gazetteer.
 *
 * @param name the place's name as GeoNames gives it ("Ho Chi Minh City", "Hạ Long")
 * @param country ISO 3166-1 alpha-3 code of the country it lies in
 * @param lat latitude, degrees
 * @param lon longitude, degrees
 * @param population inhabitants as GeoNames counts them, 0 when unknown
 * @param capital whether it is a national capital (as world-countries lists capitals)
 * @param region its first-level administrative division ("District of Columbia", "Georgia"),
 *     empty when unknown
 */
public record Place(String name, String country, double lat, double lon, long population, boolean capital,
                    String region) {

    public Place {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place name is blank");
        }
        if (country == null || !Coordinates.ALPHA3.matcher(country).matches()) {
            throw new IllegalArgumentException("country of " + name + " must be an alpha-3 code: " + country);
        }
        Coordinates.check(lat, lon, name);
        if (population < 0) {
            throw new IllegalArgumentException("population of " + name + " is negative: " + population);
        }
        region = Objects.requireNonNullElse(region, "");
    }

    /** A place whose administrative region is not known. */
    public Place(String name, String country, double lat, double lon, long population, boolean capital) {
        this(name, country, lat, lon, population, capital, "");
    }
}

package org.parley.core.places;

import java.util.regex.Pattern;

/** Code and coordinate checks shared by {@link Country} and {@link Place}. */
final class Coordinates {

    static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    private Coordinates() {
    }

    static void check(double lat, double lon, String owner) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude of " + owner + " out of range: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude of " + owner + " out of range: " + lon);
        }
    }
}

package org.parley.core.consolidate;

import java.util.Objects;
import org.parley.core.places.Countries;
import org.parley.core.places.PlaceNames;
import org.parley.model.Location;

/**
 * Whether two event locations name the same place, so that aliases are not taken for conflicts:
 * "Viet Nam" and "Vietnam", "East Sea" and "South China Sea", "Washington" and
 * "Washington, D.C.".
 *
 * <p>Two locations agree when their normalised names are equal, when one name contains the other
 * within the same country ("Washington" / "Washington DC"), when both are geocoded within
 * {@value #NEAR_KM} km of each other, when one is the whole country the other lies in ("Vietnam" /
 * "Hanoi"), or when both are among the known alias groups (sea names used by different
 * governments). Stateless and thread-safe.
 */
public final class SamePlace {

    /** Two geocoded places closer than this are one place for an event (a city and its suburbs). */
    public static final double NEAR_KM = 30.0;

    // Names that governments use for one body of water; no gazetteer entry carries them.
    private static final java.util.List<java.util.Set<String>> ALIASES = java.util.List.of(
            java.util.Set.of("east sea", "south china sea", "bien dong"),
            java.util.Set.of("west philippine sea", "south china sea"),
            java.util.Set.of("sea of japan", "east sea of korea"));

    private SamePlace() {
    }

    /** True when both locations are known and name the same place; null never agrees with anything. */
    public static boolean test(Location a, Location b) {
        if (a == null || b == null) {
            return false;
        }
        String na = PlaceNames.normalize(a.name()), nb = PlaceNames.normalize(b.name());
        if (na.equals(nb) || alias(na, nb)) {
            return true;
        }
        if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null
                && kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_KM) {
            return true;
        }
        boolean sameCountry = a.country() != null && Objects.equals(a.country(), b.country());
        if (!sameCountry) {
            return false;
        }
        return na.startsWith(nb + " ") || nb.startsWith(na + " ") || isCountry(a) || isCountry(b);
    }

    /** True when the location names a whole country ("Vietnam", "the United States"). */
    static boolean isCountry(Location l) {
        return l.country() != null && Countries.bundled().byName(l.name())
                .map(c -> c.alpha3().equals(l.country())).orElse(false);
    }

    private static boolean alias(String a, String b) {
        return ALIASES.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    /** Great-circle distance (haversine, mean Earth radius). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

package org.parley.core.places;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1 with the names English news text uses for it.
 *
 * @param alpha3 ISO 3166-1 alpha-3 code, upper case ("VNM")
 * @param alpha2 ISO 3166-1 alpha-2 code, upper case ("VN")
 * @param name common English name ("Vietnam")
 * @param aliases other names and spellings ("Viet Nam", "U.S."), official name excluded
 * @param demonyms English demonyms ("Vietnamese"), possibly empty
 * @param capitals capital cities as world-countries names them, possibly empty (Antarctica)
 * @param lat latitude of the country's representative point, degrees
 * @param lon longitude of the country's representative point, degrees
 * @param officialName official English name ("Socialist Republic of Vietnam")
 * @param region continent-level region ("Asia")
 * @param subregion UN subregion ("South-Eastern Asia"), possibly empty
 * @param sovereign whether it is an independent state rather than a dependent territory
 */
public record Country(String alpha3, String alpha2, String name, List<String> aliases, List<String> demonyms,
                      List<String> capitals, double lat, double lon, String officialName, String region,
                      String subregion, boolean sovereign) {

    public Country {
        if (alpha3 == null || !Coordinates.ALPHA3.matcher(alpha3).matches()) {
            throw new IllegalArgumentException("alpha3 must be three upper-case letters: " + alpha3);
        }
        if (alpha2 == null || !Coordinates.ALPHA2.matcher(alpha2).matches()) {
            throw new IllegalArgumentException("alpha2 must be two upper-case letters: " + alpha2);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank for " + alpha3);
        }
        Coordinates.check(lat, lon, alpha3);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        officialName = officialName == null || officialName.isBlank() ? name : officialName;
        region = Objects.requireNonNullElse(region, "");
        subregion = Objects.requireNonNullElse(subregion, "");
    }

    /** A sovereign country with only the core fields (official name = common name, no region). */
    public Country(String alpha3, String alpha2, String name, List<String> aliases, List<String> demonyms,
                   List<String> capitals, double lat, double lon) {
        this(alpha3, alpha2, name, aliases, demonyms, capitals, lat, lon, name, "", "", true);
    }
}

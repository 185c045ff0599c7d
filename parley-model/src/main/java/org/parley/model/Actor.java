package org.parley.model;

import java.util.Objects;

/**
 * An actor grounded to a country and a sector.
 *
 * @param name    canonical full name ("Antony Blinken"), or the country / organisation name
 * @param kind    person, organisation, country or group
 * @param role    for people, the title held at the event date ("Secretary of State"); else null
 * @param country ISO 3166-1 alpha-3 code, or null when not known
 * @param sector  CAMEO-style sector code (GOV, MIL, BUS, EDU, PTY, ...), or null
 */
public record Actor(String name, ActorKind kind, String role, String country, String sector) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be ISO alpha-3: " + country);
        }
    }

    public static Actor country(String name, String alpha3) {
        return new Actor(name, ActorKind.COUNTRY, null, alpha3, "GOV");
    }
}

package org.parley.core.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person's term in one office: who held which office of which country, under which title,
 * from when to when.
 *
 * @param country   ISO 3166-1 alpha-3 code, or {@code EUR} (European Union bodies) or
 *                  {@code AFR} (African Union bodies)
 * @param office    a controlled key, one of {@link #OFFICES}
 * @param title     the title as news uses it ("Secretary of State", "Prime Minister")
 * @param name      canonical full name in the common English press form ("Antony Blinken")
 * @param aliases   other full forms the press uses ("Tony Blinken"); never null
 * @param shortName the name used on second reference ("Blinken"; for Vietnamese names the given
 *                  name, "Son"); may be empty
 * @param start     first day in office
 * @param end       the day the term ended (the handover day), or {@code null} while in office
 * @param sector    {@code GOV} for state offices, {@code PTY} for party posts
 * @param verified  false where a change after the compilers' knowledge could not be checked
 * @param note      free text (acting, suspended, sources); never null
 */
public record OfficeTerm(String country, String office, String title, String name, List<String> aliases,
                         String shortName, LocalDate start, LocalDate end, String sector,
                         boolean verified, String note) {

    public static final String HEAD_OF_STATE = "head_of_state";
    public static final String HEAD_OF_GOVERNMENT = "head_of_government";
    public static final String FOREIGN_MINISTER = "foreign_minister";
    public static final String PARTY_GENERAL_SECRETARY = "party_general_secretary";
    public static final String DEFENCE_MINISTER = "defence_minister";
    public static final String NATIONAL_SECURITY_ADVISOR = "national_security_advisor";
    /** President of the European Council (EUR only). */
    public static final String COUNCIL_PRESIDENT = "council_president";
    /** President of the European Commission, Chairperson of the African Union Commission. */
    public static final String COMMISSION_PRESIDENT = "commission_president";

    /** The controlled vocabulary of office keys. */
    public static final Set<String> OFFICES = Set.of(HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER,
            PARTY_GENERAL_SECRETARY, DEFENCE_MINISTER, NATIONAL_SECURITY_ADVISOR, COUNCIL_PRESIDENT,
            COMMISSION_PRESIDENT);

    public static final Set<String> SECTORS = Set.of("GOV", "PTY");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public OfficeTerm {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(sector, "sector");
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be three capital letters: '" + country + "'");
        }
        if (!OFFICES.contains(office)) {
            throw new IllegalArgumentException("unknown office key '" + office + "'; known: " + OFFICES);
        }
        if (!SECTORS.contains(sector)) {
            throw new IllegalArgumentException("unknown sector '" + sector + "'; known: " + SECTORS);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("term of " + name + " ends (" + end + ") before it starts (" + start + ")");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        shortName = shortName == null ? "" : shortName;
        note = note == null ? "" : note;
    }

    /** A verified term without a note: the nine facts the knowledge base is about. */
    public OfficeTerm(String country, String office, String title, String name, List<String> aliases,
                      String shortName, LocalDate start, LocalDate end, String sector) {
        this(country, office, title, name, aliases, shortName, start, end, sector, true, "");
    }

    /** The days of this term; open while the holder is in office. */
    public DateRange range() {
        return new DateRange(start, end);
    }

    /** Whether the holder was in office on {@code day} (start and end day included). */
    public boolean isActiveOn(LocalDate day) {
        return range().contains(day);
    }
}

package org.parley.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;
import org.parley.core.places.PlaceNames;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Organisations known by name (the bundled {@code organizations.tsv}: canonical name, aliases,
 * country, sector) and the rules that give a sector to the others from the words of their name.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} reads the table once.
 */
final class Organizations {

    private final Map<String, Actor> byName = new HashMap<>();

    /** One row of the table: the organisation and the other names it goes by. */
    private record Listed(Actor actor, List<String> aliases) {

        static Listed parse(TsvRows.Row row) {
            if (row.cell(0).isBlank() || row.cell(3).isBlank()) {
                throw new IllegalArgumentException("an organisation needs a name and a sector");
            }
            String country = row.cell(2).isBlank() ? null : row.cell(2).strip();
            return new Listed(new Actor(row.cell(0).strip(), ActorKind.ORGANIZATION, null, country,
                    row.cell(3).strip()), row.list(1));
        }
    }

    private Organizations(List<Listed> table) {
        for (Listed listed : table) {
            byName.put(PlaceNames.normalize(listed.actor().name()), listed.actor());
            for (String alias : listed.aliases()) {
                if (!alias.isBlank()) {
                    byName.putIfAbsent(PlaceNames.normalize(alias), listed.actor());
                }
            }
        }
    }

    private static final class Bundled {
        static final Organizations INSTANCE = new Organizations(
                TsvRows.bundled(Organizations.class, "organizations.tsv", 4, Listed::parse));
    }

    static Organizations bundled() {
        return Bundled.INSTANCE;
    }

    /** The listed organisation this name or alias stands for ("State Department", "EXIM"). */
    Optional<Actor> byName(String name) {
        return Optional.ofNullable(byName.get(PlaceNames.normalize(name)));
    }

    private static final Pattern IGO = Pattern.compile(
            "\\b(United Nations|International|Intergovernmental|World)\\b.*\\b(Organi[sz]ation|Agency|Fund|Council)\\b");
    private static final Pattern MIL = Pattern.compile(
            "\\b(Army|Navy|Air Force|Armed Forces|Military|Coast Guard|Marine Corps|Defen[cs]e Forces|People's Army)\\b");
    private static final Pattern PTY = Pattern.compile("\\b(Party|Politburo|Central Committee|Secretariat)\\b");
    private static final Pattern EDU = Pattern.compile(
            "\\b(University|College|Institute of Technology|School|Academy|Institute)\\b");
    private static final Pattern STATE_BANK = Pattern.compile(
            "\\b(Development|Export-Import|Central|Reserve|State|National|Policy) Bank\\b|\\bBank of (the )?[A-Z]");
    private static final Pattern BANK = Pattern.compile("\\bBank\\b");
    private static final Pattern MED = Pattern.compile(
            "\\b(News Agency|Television|Radio|Broadcasting|Press|Times|Post|Herald|Tribune|Gazette|Daily)\\b");
    private static final Pattern GOV = Pattern.compile(
            "\\b(Ministry|Department|Government|Embassy|Consulate|Mission|Agency|Commission|Committee|Office|"
                    + "Bureau|Cabinet|Presidency|Parliament|National Assembly|Administration|Council)\\b");
    private static final Pattern BUS = Pattern.compile(
            "\\b(Inc|Corp|Corporation|Company|Co|Ltd|Group|Holdings|Industries|Airlines|Motors|Association|"
                    + "Chamber of Commerce|Business Council)\\b");

    /**
     * The sector a name's words suggest, or null. Design decision: state-owned policy banks
     * ("Vietnam Development Bank", "Export-Import Bank of the United States", an independent federal
     * agency) are GOV, other banks BUS; business associations and councils are BUS, not NGO, because
     * they speak for companies.
     */
    static String sectorFromName(String name) {
        if (BUS.matcher(name).find() && (name.contains("Business") || name.contains("Industry")
                || name.contains("Chamber"))) {
            return "BUS";
        }
        if (MIL.matcher(name).find()) {
            return "MIL";
        }
        if (PTY.matcher(name).find()) {
            return "PTY";
        }
        if (STATE_BANK.matcher(name).find()) {
            return "GOV";
        }
        if (BANK.matcher(name).find()) {
            return "BUS";
        }
        if (IGO.matcher(name).find()) {
            return "IGO";
        }
        if (EDU.matcher(name).find()) {
            return "EDU";
        }
        if (MED.matcher(name).find()) {
            return "MED";
        }
        if (GOV.matcher(name).find()) {
            return "GOV";
        }
        if (BUS.matcher(name).find()) {
            return "BUS";
        }
        return null;
    }

    /** Whether the name is a government ministry without its country ("Ministry of Foreign Affairs"). */
    static boolean isMinistry(String name) {
        return name.startsWith("Ministry") || name.contains(" Ministry");
    }
}

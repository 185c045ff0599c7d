package org.parley.core.actors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorKind;

/**
 * Common nouns that name a body of people acting as one ("officials", "troops", "police",
 * "rebels", "protesters", "the government"), with the kind and CAMEO sector of the actor they
 * make when a country qualifies them ("Israeli troops", "Burundi's government", "police in
 * Zimbabwe"). Written by the Parley team from the CAMEO actor codebook's sector list.
 *
 * <p>Nouns that stand for the state itself (government, authorities, administration, regime)
 * give the country actor: in CAMEO "the Sudanese government" is Sudan's government (SDNGOV), the
 * same actor as "Sudan" acting. Immutable and thread-safe.
 */
final class CollectiveNouns {

    /** What a collective noun makes. {@code state}: the noun stands for the country's government. */
    record Collective(ActorKind kind, String sector, boolean state) {
    }

    private static final Collective STATE = new Collective(ActorKind.COUNTRY, "GOV", true);

    private static Collective group(String sector) {
        return new Collective(ActorKind.GROUP, sector, false);
    }

    private static Collective body(String sector) {
        return new Collective(ActorKind.ORGANIZATION, sector, false);
    }

    private static final Map<String, Collective> NOUNS = Map.ofEntries(
            Map.entry("government", STATE), Map.entry("governments", STATE), Map.entry("authorities", STATE),
            Map.entry("administration", STATE), Map.entry("regime", STATE), Map.entry("leadership", STATE),
            Map.entry("officials", group("GOV")), Map.entry("official", group("GOV")),
            Map.entry("leaders", group("GOV")), Map.entry("diplomats", group("GOV")),
            Map.entry("negotiators", group("GOV")), Map.entry("delegation", group("GOV")),
            Map.entry("ministry", body("GOV")), Map.entry("cabinet", body("GOV")), Map.entry("embassy", body("GOV")),
            Map.entry("spokesman", group("GOV")), Map.entry("spokeswoman", group("GOV")),
            Map.entry("troops", group("MIL")), Map.entry("soldiers", group("MIL")), Map.entry("forces", group("MIL")),
            Map.entry("army", body("MIL")), Map.entry("military", body("MIL")), Map.entry("navy", body("MIL")),
            Map.entry("warplanes", group("MIL")), Map.entry("jets", group("MIL")),
            Map.entry("police", body("COP")), Map.entry("policemen", group("COP")),
            Map.entry("militants", group("REB")), Map.entry("rebels", group("REB")),
            Map.entry("guerrillas", group("REB")), Map.entry("insurgents", group("REB")),
            Map.entry("gunmen", group("REB")), Map.entry("separatists", group("REB")),
            Map.entry("fighters", group("REB")), Map.entry("militia", group("REB")),
            Map.entry("militias", group("REB")),
            Map.entry("protesters", group("OPP")), Map.entry("protestors", group("OPP")),
            Map.entry("demonstrators", group("OPP")), Map.entry("activists", group("OPP")),
            Map.entry("opposition", group("OPP")), Map.entry("dissidents", group("OPP")),
            Map.entry("students", group("EDU")), Map.entry("workers", group("LAB")),
            Map.entry("unions", group("LAB")), Map.entry("strikers", group("LAB")),
            Map.entry("journalists", group("MED")), Map.entry("businessmen", group("BUS")),
            Map.entry("companies", group("BUS")), Map.entry("firms", group("BUS")),
            Map.entry("parliament", body("LEG")), Map.entry("lawmakers", group("LEG")),
            Map.entry("legislators", group("LEG")), Map.entry("deputies", group("LEG")),
            Map.entry("court", body("JUD")), Map.entry("judge", group("JUD")), Map.entry("judges", group("JUD")),
            Map.entry("prosecutors", group("JUD")),
            Map.entry("civilians", group("CVL")), Map.entry("villagers", group("CVL")),
            Map.entry("residents", group("CVL")), Map.entry("farmers", group("CVL")),
            Map.entry("refugees", group("REF")),
            Map.entry("prisoners", group("CVL")), Map.entry("detainees", group("CVL")),
            Map.entry("youths", group("CVL")), Map.entry("immigrants", group("CVL")),
            Map.entry("settlers", group("CVL")), Map.entry("landowners", group("CVL")),
            Map.entry("pilgrims", group("CVL")), Map.entry("miners", group("LAB")),
            Map.entry("teachers", group("LAB")), Map.entry("fundamentalists", group("REB")),
            Map.entry("militiamen", group("REB")), Map.entry("kidnappers", group("REB")),
            Map.entry("bombers", group("REB")), Map.entry("peacekeepers", group("MIL")),
            Map.entry("warships", group("MIL")), Map.entry("commandos", group("MIL")),
            Map.entry("paratroopers", group("MIL")), Map.entry("guards", group("MIL")));

    private CollectiveNouns() {
    }

    /** The collective a lower-case noun names, if it is one. */
    static Optional<Collective> of(String word) {
        return Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT)));
    }
}

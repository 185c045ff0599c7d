package org.parley.core.actors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.data.TsvRows;
import org.parley.model.ActorKind;

/**
 * Common nouns that name a body of people acting as one ("officials", "troops", "police",
 * "rebels", "protesters", "the government"), with the kind and CAMEO sector of the actor they
 * make when a country qualifies them ("Israeli troops", "Burundi's government", "police in
 * Zimbabwe"): the bundled {@code collective-nouns.tsv}, written from the CAMEO actor codebook's
 * sector list.
 *
 * <p>Nouns that stand for the state itself (government, authorities, administration, regime)
 * give the country actor: in CAMEO "the Sudanese government" is Sudan's government (SDNGOV), the
 * same actor as "Sudan" acting. Immutable and thread-safe.
 */
final class CollectiveNouns {

    /** What a collective noun makes. {@code state}: the noun stands for the country's government. */
    record Collective(ActorKind kind, String sector, boolean state) {
    }

    private record Noun(String word, Collective collective) {
    }

    private static final Map<String, Noun> NOUNS = TsvRows.bundledByKey(CollectiveNouns.class,
            "collective-nouns.tsv", 3, CollectiveNouns::noun);

    private CollectiveNouns() {
    }

    /** The collective a lower-case noun names, if it is one. */
    static Optional<Collective> of(String word) {
        return Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT))).map(Noun::collective);
    }

    private static Noun noun(TsvRows.Row row) {
        String sector = row.cell(2);
        Collective collective = switch (row.cell(1)) {
            case "state" -> new Collective(ActorKind.COUNTRY, sector, true);
            case "group" -> new Collective(ActorKind.GROUP, sector, false);
            case "body" -> new Collective(ActorKind.ORGANIZATION, sector, false);
            default -> throw new IllegalArgumentException("makes must be state, group or body: '" + row.cell(1) + "'");
        };
        return new Noun(row.cell(0), collective);
    }
}

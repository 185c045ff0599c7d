package org.parley.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.ports.ArticleStore;
import org.parley.core.relations.RelationshipBuilder;
import org.parley.core.relations.ReportText;
import org.parley.engine.RelationsJson;
import org.parley.model.relations.CountryPair;

/**
 * {@code GET /api/relations}: with {@code between=A,B} (and {@code asOf}), the relationship card of
 * the pair exactly as {@code parley relations A B --format jsonl} prints it (relation.schema.json);
 * without, the pairs that have a card worth opening (events between the two countries, or facts in
 * the bundled reference table), for the page's picker.
 *
 * <p>Thread-safe. A card reads every stored report that names both countries, so cards are kept per
 * snapshot (a new snapshot, after an ingest, starts afresh); at most {@link #CACHED_CARDS} of them.
 */
final class RelationsEndpoint {
    static final int CACHED_CARDS = 64;

    private record Key(CatalogSnapshot snapshot, CountryPair pair, LocalDate asOf) {
    }

    /** One entry of the picker: the pair, its countries' names, its events, whether the reference table knows it. */
    record PairEntry(CountryPair pair, String names, int events, boolean reference) {
    }

    private final RelationshipBuilder builder = RelationshipBuilder.bundled();
    private final Countries countries = Countries.bundled();
    private final Map<Key, Map<String, Object>> cards = new ConcurrentHashMap<>();

    /** The card of the {@code between} pair as of {@code asOf} (null: today), as JSON maps. */
    Map<String, Object> card(CatalogSnapshot snapshot, ArticleStore store, String between, String asOf) {
        Key key = new Key(snapshot, pair(between), day(asOf));
        Map<String, Object> card = cards.get(key);
        if (card == null) {
            if (cards.size() >= CACHED_CARDS || cards.keySet().stream().anyMatch(k -> k.snapshot() != snapshot)) {
                cards.clear(); // a new snapshot or a full cache: the old cards go
            }
            card = RelationsJson.relationship(builder.build(key.pair(), ReportText.storedIn(store, report -> builder.speaksOf(report, key.pair())), snapshot.events(),
                    key.asOf()));
            cards.put(key, card);
        }
        return card;
    }

    /** The pairs with events between them or reference facts: busiest first, then by codes. */
    List<PairEntry> pairs(CatalogSnapshot snapshot, String country) {
        Map<CountryPair, Integer> events = new LinkedHashMap<>();
        snapshot.dyads().forEach(d -> events.put(CountryPair.of(d.countries().get(0), d.countries().get(1)), d.events()));
        List<CountryPair> reference = builder.referencePairs();
        List<CountryPair> all = new ArrayList<>(events.keySet());
        reference.stream().filter(p -> !events.containsKey(p)).forEach(all::add);
        return all.stream()
                .filter(p -> country == null || p.has(country.toUpperCase(Locale.ROOT)))
                .map(p -> new PairEntry(p, name(p.first()) + " – " + name(p.second()), events.getOrDefault(p, 0),
                        reference.contains(p)))
                .sorted(Comparator.comparingInt(PairEntry::events).reversed()
                        .thenComparing(e -> e.pair().toString()))
                .toList();
    }

    static Map<String, Object> view(PairEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pair", List.of(e.pair().first(), e.pair().second()));
        out.put("names", e.names());
        out.put("events", e.events());
        out.put("reference", e.reference());
        return out;
    }

    private String name(String code) {
        return countries.byCode(code).map(Country::name).orElse(code);
    }

    /** Two different known ISO 3166-1 alpha-3 codes separated by a comma, in either order; else a 400. */
    private CountryPair pair(String between) {
        List<String> codes = Arrays.stream(between.split(",", -1)).map(String::strip)
                .map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (codes.size() != 2 || codes.stream().anyMatch(c -> !c.matches("[A-Z]{3}"))) {
            throw ApiError.badRequest("between takes two ISO 3166-1 alpha-3 codes separated by a comma (USA,VNM): " + between);
        }
        if (codes.get(0).equals(codes.get(1))) {
            throw ApiError.badRequest("between needs two different countries: " + between);
        }
        for (String code : codes) {
            if (countries.byCode(code).filter(c -> c.alpha3().equals(code)).isEmpty()) {
                throw ApiError.badRequest("unknown country code " + code + " (ISO 3166-1 alpha-3, e.g. USA, VNM)");
            }
        }
        return CountryPair.of(codes.get(0), codes.get(1));
    }

    private static LocalDate day(String asOf) {
        if (asOf == null) {
            return LocalDate.now();
        }
        try {
            if (asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(asOf);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw ApiError.badRequest("asOf must be a day YYYY-MM-DD (the day upcoming anniversaries count from): " + asOf);
    }
}

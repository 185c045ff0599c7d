package org.parley.core.kb;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The dated knowledge base of office-holders: who held which office when, queried by person, by
 * office and date, or by a name as it appears in news.
 *
 * <p>The bundled table ({@code org/parley/core/kb/office-holders.tsv}) is written by the Parley team
 * as data; {@link #bundled()} reads it once. The format is tab-separated with a fixed header row
 * ({@link #COLUMNS}), read with {@link TsvRows}; lines starting with {@code #} are comments. A
 * malformed row makes loading fail with a {@link DataFileException} that lists every bad row by file
 * and line: the table is part of the program, so a broken one must not load half.
 *
 * <p>Dates: {@code start} is the first day in office, {@code end} the handover day, so on a handover
 * day both the outgoing and the incoming holder count as in office; {@link #holder} then answers
 * with the incoming one.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Design decision: persons are identified by their canonical name, not by an id column. The
 * table is small and hand-written, and a name is what both a reviewer and a news mention carry; two
 * distinct office-holders with one canonical name would have to be told apart with a suffix.
 */
public final class OfficeHolders {

    /** The header row the table must have, in this order. */
    public static final List<String> COLUMNS = List.of("country", "office", "title", "name", "aliases", "short",
            "start", "end", "sector", "verified", "note");

    private static final Set<String> COUNTRY_CODES = countryCodes();

    private final List<OfficeTerm> terms;
    /** Full names and aliases, as {@link NameKey}s, to canonical names. */
    private final Map<String, Set<String>> byFullName = new HashMap<>();
    /** Short names (second-reference forms), as {@link NameKey}s, to canonical names. */
    private final Map<String, Set<String>> byShortName = new HashMap<>();
    private final Map<String, List<OfficeTerm>> byPerson = new LinkedHashMap<>();
    private final Map<String, List<OfficeTerm>> byPost = new LinkedHashMap<>();

    private OfficeHolders(List<OfficeTerm> terms) {
        List<OfficeTerm> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(OfficeTerm::country).thenComparing(OfficeTerm::office)
                .thenComparing(OfficeTerm::start));
        this.terms = List.copyOf(sorted);
        for (OfficeTerm t : this.terms) {
            byPerson.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
            byPost.computeIfAbsent(postKey(t.country(), t.office()), k -> new ArrayList<>()).add(t);
            index(byFullName, t.name(), t.name());
            for (String alias : t.aliases()) {
                index(byFullName, alias, t.name());
            }
            if (!t.shortName().isBlank()) {
                index(byShortName, t.shortName(), t.name());
            } else {
                // No explicit second-reference form: assume the Western order, family name last.
                String[] words = NameKey.of(t.name()).split(" ");
                index(byShortName, words[words.length - 1], t.name());
            }
        }
        byPerson.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(OfficeTerm::start)).toList());
    }

    /** A knowledge base over the given terms (for tests and for tables other than the bundled one). */
    public static OfficeHolders of(List<OfficeTerm> terms) {
        return new OfficeHolders(terms);
    }

    /** The bundled table, read once on first use. */
    public static OfficeHolders bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final OfficeHolders INSTANCE = new OfficeHolders(
                TsvRows.bundledWithHeader(OfficeHolders.class, "office-holders.tsv", COLUMNS, OfficeHolders::row));
    }

    /**
     * Reads a table in the bundled format.
     *
     * @param source name of the table used in error messages
     * @throws DataFileException listing every malformed row
     */
    public static OfficeHolders parse(Reader reader, String source) {
        return new OfficeHolders(TsvRows.parseWithHeader(reader, source, COLUMNS, OfficeHolders::row));
    }

    private static OfficeTerm row(TsvRows.Row row) {
        String[] cells = Arrays.stream(row.cells()).map(String::strip).toArray(String[]::new);
        String country = cells[0];
        if (!COUNTRY_CODES.contains(country)) {
            throw new IllegalArgumentException("'" + country + "' is not an ISO 3166-1 alpha-3 code nor EUR/AFR");
        }
        String verified = cells[9];
        if (!verified.equals("yes") && !verified.equals("no")) {
            throw new IllegalArgumentException("verified must be yes or no, not '" + verified + "'");
        }
        List<String> aliases = row.list(4).stream().filter(s -> !s.isEmpty()).toList();
        return new OfficeTerm(country, cells[1], cells[2], cells[3], aliases, cells[5], date(cells[6], "start", true),
                date(cells[7], "end", false), cells[8], verified.equals("yes"), cells[10]);
    }

    private static LocalDate date(String s, String column, boolean required) {
        if (s.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + s + "' is not a YYYY-MM-DD date");
        }
    }

    private static Set<String> countryCodes() {
        Set<String> codes = new LinkedHashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("EUR");
        codes.add("AFR");
        return Set.copyOf(codes);
    }

    /** Whether {@code code} is accepted in the country column. */
    public static boolean isKnownCountry(String code) {
        return COUNTRY_CODES.contains(code);
    }

    /** Every term, ordered by country, office and start. */
    public List<OfficeTerm> terms() {
        return terms;
    }

    /**
     * All terms of the person whose canonical name or one of whose aliases is
     * {@code personNameOrAlias} (accents, case and punctuation ignored), oldest first. Short names
     * are not accepted here: see {@link #matchingName(String)}.
     */
    public List<OfficeTerm> termsOf(String personNameOrAlias) {
        return termsOfPeople(byFullName.getOrDefault(NameKey.of(personNameOrAlias), Set.of()));
    }

    /** Whether {@link #termsOf} knows {@code personNameOrAlias}: every full name indexed has terms. */
    public boolean knowsFullName(String personNameOrAlias) {
        return byFullName.containsKey(NameKey.of(personNameOrAlias));
    }

    /**
     * The holder of {@code office} of {@code country} on {@code date}; on a handover day the
     * incoming holder.
     */
    public Optional<OfficeTerm> holder(String country, String office, LocalDate date) {
        return history(country, office).stream()
                .filter(t -> t.isActiveOn(date))
                .max(Comparator.comparing(OfficeTerm::start));
    }

    /** Every holder of {@code office} of {@code country}, oldest first. */
    public List<OfficeTerm> history(String country, String office) {
        return byPost.getOrDefault(postKey(country, office), List.of());
    }

    /**
     * Every term of every person a news mention can denote: by canonical name, alias or short name
     * (accents, case and punctuation ignored). Short names are ambiguous ("Son", "Lee", "Wang"), so
     * all people sharing one are returned; narrow with {@link #matchingName(String, LocalDate)}.
     * Titles are not stripped: pass "Blinken", not "Secretary Blinken".
     */
    public List<OfficeTerm> matchingName(String mention) {
        String key = NameKey.of(mention);
        Set<String> people = new LinkedHashSet<>(byFullName.getOrDefault(key, Set.of()));
        people.addAll(byShortName.getOrDefault(key, Set.of()));
        return termsOfPeople(people);
    }

    /** The terms of {@link #matchingName(String)} that were running on {@code date}. */
    public List<OfficeTerm> matchingName(String mention, LocalDate date) {
        return matchingName(mention).stream().filter(t -> t.isActiveOn(date)).toList();
    }

    /**
     * The span from the first day to the last day the person named (canonical name or alias) held
     * {@code office} in any country; open while in office. When the person held it twice with a gap
     * (Wang Yi, foreign minister of China 2013–2022 and again from 2023), the gap is inside the span:
     * use {@link #tenures} where that matters.
     */
    public Optional<DateRange> tenure(String name, String office) {
        List<DateRange> all = tenures(name, office);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = all.get(0).start();
        boolean open = all.stream().anyMatch(DateRange::isOpen);
        LocalDate end = open ? null : all.stream().map(DateRange::end).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new DateRange(start, end));
    }

    /** Each separate term of the person named in {@code office}, oldest first. */
    public List<DateRange> tenures(String name, String office) {
        return termsOf(name).stream().filter(t -> t.office().equals(office)).map(OfficeTerm::range).toList();
    }

    /** Two terms of one post that share more days than the tolerance allows. */
    public record Overlap(OfficeTerm earlier, OfficeTerm later, long sharedDays) {
    }

    /**
     * Pairs of terms of the same country and office that share more than {@code toleratedDays}
     * days; open terms are taken to run until {@code openEndsAt}. A handover day shared by the
     * outgoing and incoming holder counts as one day.
     */
    public List<Overlap> overlaps(long toleratedDays, LocalDate openEndsAt) {
        List<Overlap> found = new ArrayList<>();
        for (List<OfficeTerm> post : byPost.values()) {
            for (int i = 0; i < post.size(); i++) {
                for (int j = i + 1; j < post.size(); j++) {
                    long shared = post.get(i).range().overlapDays(post.get(j).range(), openEndsAt);
                    if (shared > toleratedDays) {
                        found.add(new Overlap(post.get(i), post.get(j), shared));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Number of terms per country and office, for reports. */
    public Map<String, Long> countsByPost() {
        return terms.stream().collect(Collectors.groupingBy(t -> postKey(t.country(), t.office()),
                java.util.TreeMap::new, Collectors.counting()));
    }

    private List<OfficeTerm> termsOfPeople(Set<String> people) {
        return people.stream().flatMap(p -> byPerson.getOrDefault(p, List.of()).stream())
                .sorted(Comparator.comparing(OfficeTerm::start).thenComparing(OfficeTerm::name))
                .toList();
    }

    private static void index(Map<String, Set<String>> map, String form, String canonical) {
        String key = NameKey.of(form);
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(canonical);
        }
    }

    private static String postKey(String country, String office) {
        return country + "/" + office;
    }
}

package org.parley.core.dates;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The table of bilateral milestones ({@code org/parley/core/dates/dates-milestones.tsv}), looked
 * up by the phrase an anniversary names and the countries involved.
 *
 * <p>Format: {@link TsvRows} with the columns {@code dyad key names date note}. A malformed row
 * makes loading fail with a {@link DataFileException} naming every bad row by file and line.
 * Immutable and thread-safe.
 */
public final class Milestones {

    private static final String RESOURCE = "dates-milestones.tsv";
    private static final int COLUMNS = 5;

    private final List<Milestone> milestones;

    private Milestones(List<Milestone> milestones) {
        this.milestones = List.copyOf(milestones);
    }

    public static Milestones of(List<Milestone> milestones) {
        return new Milestones(milestones);
    }

    /** The bundled table, read once. */
    public static Milestones bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Milestones INSTANCE = new Milestones(TsvRows.bundled(Milestones.class, RESOURCE, COLUMNS,
                Milestones::row));
    }

    /**
     * Reads a table in the bundled format; {@code source} names it in error messages.
     *
     * @throws DataFileException naming every malformed row by source and line
     */
    public static Milestones parse(Reader reader, String source) {
        return new Milestones(TsvRows.parse(reader, source, COLUMNS, Milestones::row));
    }

    private static Milestone row(TsvRows.Row row) {
        String[] dyad = row.cell(0).strip().split("-");
        if (dyad.length != 2 || !dyad[0].matches("[A-Z]{3}") || !dyad[1].matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("dyad '" + row.cell(0) + "' is not two alpha-3 codes joined by '-'");
        }
        List<String> names = row.list(2).stream().map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no names");
        }
        try {
            return new Milestone(Set.of(dyad[0], dyad[1]), row.cell(1).strip(), names, LocalDate.parse(row.cell(3).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + row.cell(3) + "' is not YYYY-MM-DD");
        }
    }

    public List<Milestone> all() {
        return milestones;
    }

    /**
     * The milestone named by {@code phrase} (lower-cased; the longest name that the phrase ends
     * with wins, so "comprehensive strategic partnership" is not taken for "comprehensive
     * partnership") among the dyads touching {@code countries}: a dyad with both countries first,
     * else the only dyad with one of them. Empty when none or several remain.
     */
    public Optional<Match> named(String phrase, Collection<String> countries) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        List<Match> matches = new ArrayList<>();
        for (Milestone m : milestones) {
            for (String name : m.names()) {
                if (p.endsWith(name) && (p.length() == name.length() || !Character.isLetter(p.charAt(p.length() - name.length() - 1)))) {
                    matches.add(new Match(m, name));
                }
            }
        }
        int longest = matches.stream().mapToInt(x -> x.name().length()).max().orElse(0);
        List<Match> best = matches.stream().filter(x -> x.name().length() == longest).toList();
        List<Match> both = best.stream().filter(x -> countries.containsAll(x.milestone().countries())).toList();
        if (both.size() == 1) {
            return Optional.of(both.get(0));
        }
        List<Match> one = best.stream().filter(x -> x.milestone().countries().stream().anyMatch(countries::contains))
                .toList();
        return one.size() == 1 ? Optional.of(one.get(0)) : Optional.empty();
    }

    /** Every name in the table, longest first (for scanning text). */
    public List<String> names() {
        return milestones.stream().flatMap(m -> m.names().stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A milestone and the name it was found by. */
    public record Match(Milestone milestone, String name) {
    }
}

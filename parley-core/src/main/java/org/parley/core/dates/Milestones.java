package org.parley.core.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The table of bilateral milestones ({@code org/parley/core/dates/dates-milestones.tsv}), looked
 * up by the phrase an anniversary names and the countries involved.
 *
 * <p>Format: tab-separated with the header {@code dyad key names date note}; {@code #} lines are
 * comments. A malformed row makes loading fail with an {@link IllegalArgumentException} naming
 * every bad row by file and line. Immutable and thread-safe.
 */
public final class Milestones {

    /** The bundled table's resource path. */
    public static final String RESOURCE = "org/parley/core/dates/dates-milestones.tsv";

    private static final List<String> COLUMNS = List.of("dyad", "key", "names", "date", "note");

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
        static final Milestones INSTANCE = load();

        private static Milestones load() {
            InputStream in = Milestones.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("bundled milestones missing from the class path: " + RESOURCE);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** Reads a table in the bundled format; {@code source} names it in error messages. */
    public static Milestones parse(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Milestone> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                header = true;
                if (!Arrays.stream(cells).map(String::strip).toList().equals(COLUMNS)) {
                    problems.add(source + ":" + lineNo + ": header must be " + String.join("<TAB>", COLUMNS));
                    break;
                }
                continue;
            }
            try {
                rows.add(row(cells));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(source + ":" + lineNo + ": " + e.getMessage());
            }
        }
        if (!header) {
            problems.add(source + ": no header row");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad milestones table: " + String.join("; ", problems));
        }
        return new Milestones(rows);
    }

    private static Milestone row(String[] cells) {
        if (cells.length != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " cells, found " + cells.length);
        }
        String[] dyad = cells[0].strip().split("-");
        if (dyad.length != 2 || !dyad[0].matches("[A-Z]{3}") || !dyad[1].matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("dyad '" + cells[0] + "' is not two alpha-3 codes joined by '-'");
        }
        List<String> names = Arrays.stream(cells[2].split("\\|")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no names");
        }
        return new Milestone(Set.of(dyad[0], dyad[1]), cells[1].strip(), names, LocalDate.parse(cells[3].strip()));
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

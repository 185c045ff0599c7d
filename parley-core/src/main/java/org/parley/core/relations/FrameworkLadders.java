package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;
import org.parley.model.relations.CountryPair;

/**
 * The framework ladders of {@code framework-ladders.tsv}: each country's own levels of bilateral
 * relationships, lowest first ("Comprehensive Partnership" &lt; "Strategic Partnership" &lt;
 * "Comprehensive Strategic Partnership" for Vietnam). Gives the names to look for in text (longest
 * first, so "Comprehensive Strategic Partnership" is not read as "Strategic Partnership"), the name
 * an alias stands for, and a level's rank for a pair. Immutable and thread-safe.
 */
final class FrameworkLadders {

    /** One level of one country's ladder. */
    record Rung(String country, int rank, String level) {
    }

    private final List<Rung> rungs;
    private final Map<String, String> levelByWritten;  // lower-case name or alias → level
    private final Pattern names;

    FrameworkLadders(List<Rung> rungs, Map<String, String> levelByWritten) {
        this.rungs = List.copyOf(rungs);
        this.levelByWritten = Map.copyOf(levelByWritten);
        List<String> written = new ArrayList<>(levelByWritten.keySet());
        written.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.names = RelationCues.words(written);
    }

    static FrameworkLadders bundled() {
        List<Rung> rungs = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        TsvRows.bundled(FrameworkLadders.class, "framework-ladders.tsv", 4, row -> {
            String level = row.cell(2);
            rungs.add(new Rung(row.cell(0), (int) row.whole(1, "rank"), level));
            written.put(level.toLowerCase(Locale.ROOT), level);
            row.list(3).forEach(alias -> written.put(alias.toLowerCase(Locale.ROOT), level));
            return level;
        });
        return new FrameworkLadders(rungs, written);
    }

    /** Every level name and alias, longest first, as whole words in any case. */
    Pattern names() {
        return names;
    }

    /** The words of every level name and alias, lower case ("comprehensive", "strategic", "partnership"). */
    Set<String> words() {
        return levelByWritten.keySet().stream().flatMap(name -> Arrays.stream(name.split("\\s+")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The level a written name or alias stands for ("comprehensive partnership" → "Comprehensive Partnership"). */
    String level(String written) {
        return levelByWritten.getOrDefault(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), written);
    }

    /** The rung of {@code level} in the ladder of the first of the pair's countries that ranks it. */
    Optional<Rung> rung(CountryPair pair, String level) {
        for (String country : List.of(pair.first(), pair.second())) {
            Optional<Rung> rung = rungs.stream().filter(r -> r.country().equals(country) && r.level().equals(level))
                    .findFirst();
            if (rung.isPresent()) {
                return rung;
            }
        }
        return Optional.empty();
    }
}

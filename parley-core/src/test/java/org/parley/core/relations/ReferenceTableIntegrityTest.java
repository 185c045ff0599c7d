package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.core.places.Countries;
import org.parley.model.relations.CountryPair;

/**
 * The bundled reference table as data: every row is well formed, dated plausibly, names known countries,
 * levels and milestone kinds, cites a source, never gives one pair two dates for one milestone, and its
 * levels only go up each pair's ladder; and it covers the office-holder knowledge base's countries.
 */
class ReferenceTableIntegrityTest {
    private static final String TABLE = "relations-reference.tsv";
    private static final String DATE = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";

    private static List<String[]> rawRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceFacts.class.getResourceAsStream(TABLE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static List<ReferenceFacts.Fact> allFacts() {
        ReferenceFacts facts = ReferenceFacts.bundled();
        List<ReferenceFacts.Fact> all = new ArrayList<>();
        for (CountryPair pair : facts.pairs()) {
            all.addAll(facts.of(pair, ReferenceFacts.Kind.MILESTONE));
            all.addAll(facts.of(pair, ReferenceFacts.Kind.LEVEL));
        }
        return all;
    }

    @Test
    void everyRowHasSevenCellsAnIsoDateAndAWebSourceAndLoads() throws IOException {
        List<String[]> rows = rawRows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows).allSatisfy(row -> {
            String at = String.join(" | ", row);
            assertThat(row).as(at).hasSize(7);
            assertThat(row[2]).as(at).isIn("level", "milestone");
            assertThat(row[3]).as(at).isNotBlank();
            assertThat(row[4]).as(at).matches(DATE);
            assertThat(row[6]).as(at).matches("https?://\\S+\\.\\S+");
        });
        assertThat(allFacts()).as("every row becomes one fact").hasSize(rows.size());
    }

    @Test
    void datesAreNeitherBeforeTheFirstRecognitionNorInTheFuture() {
        LocalDate today = LocalDate.now();
        assertThat(allFacts()).allSatisfy(f -> {
            String iso = f.date().iso();
            assertThat(f.year()).as(f.pair() + " " + f.subject()).isBetween(1776, today.getYear());
            if (iso.length() == 10) {
                assertThat(LocalDate.parse(iso)).as(f.pair() + " " + f.subject()).isBeforeOrEqualTo(today);
            }
        });
    }

    @Test
    void everyCountryCodeIsACountryOfTheGazetteer() throws IOException {
        Countries countries = Countries.bundled();
        Set<String> codes = new TreeSet<>();
        rawRows().forEach(row -> {
            codes.add(row[0]);
            codes.add(row[1]);
        });

        assertThat(codes).allSatisfy(code -> assertThat(countries.byCode(code)).as(code).isPresent());
        assertThat(rawRows()).allSatisfy(row -> assertThat(row[0].compareTo(row[1])).as(row[0] + "-" + row[1])
                .isNegative());
    }

    @Test
    void everyMilestoneIsAKnownKindAndHappensOncePerPair() {
        MilestoneKinds kinds = MilestoneKinds.bundled();
        Map<String, Set<String>> datesByPairAndKind = new HashMap<>();
        for (ReferenceFacts.Fact f : allFacts()) {
            if (f.kind() == ReferenceFacts.Kind.MILESTONE) {
                assertThat(kinds.byKey(f.subject())).as(f.pair() + " " + f.subject()).isPresent();
                datesByPairAndKind.computeIfAbsent(f.pair() + " " + f.subject(), k -> new HashSet<>())
                        .add(f.date().iso());
            }
        }

        assertThat(datesByPairAndKind).allSatisfy((key, dates) -> assertThat(dates).as(key).hasSize(1));
    }

    @Test
    void levelsAreOnTheirPairsLadderAndAnUpgradeNeverGoesDown() {
        FrameworkLadders ladders = FrameworkLadders.bundled();
        ReferenceFacts facts = ReferenceFacts.bundled();
        for (CountryPair pair : facts.pairs()) {
            List<ReferenceFacts.Fact> levels = new ArrayList<>(facts.of(pair, ReferenceFacts.Kind.LEVEL));
            levels.sort(Comparator.comparing(f -> f.date().iso()));
            int previous = 0;
            Set<String> seen = new HashSet<>();
            for (ReferenceFacts.Fact level : levels) {
                String at = pair + " " + level.subject() + " " + level.date().iso();
                assertThat(seen.add(level.subject())).as(at + " is listed once").isTrue();
                int rank = ladders.rung(pair, level.subject()).map(FrameworkLadders.Rung::rank).orElse(-1);
                assertThat(rank).as(at + " on a ladder").isPositive();
                assertThat(rank).as(at + " after rank " + previous).isGreaterThanOrEqualTo(previous);
                previous = rank;
            }
        }
    }

    @Test
    void coversTheKnowledgeBaseCountriesPairsWithChinaAndMostOfThoseWithTheUsAndVietnam() throws IOException {
        Countries countries = Countries.bundled();
        Set<String> kb = new TreeSet<>();
        try (InputStream in = Countries.class.getResourceAsStream("/org/parley/core/kb/office-holders.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                    .filter(c -> countries.byCode(c).isPresent()).forEach(kb::add);
        }
        Set<CountryPair> established = new HashSet<>();
        allFacts().stream().filter(f -> f.subject().equals("diplomatic-relations")).forEach(f -> established.add(f.pair()));

        assertThat(kb).hasSizeGreaterThanOrEqualTo(29);
        assertThat(covered(kb, "CHN", established)).isEqualTo(kb.size() - 1);
        assertThat(covered(kb, "VNM", established)).isGreaterThanOrEqualTo(21);
        assertThat(covered(kb, "USA", established)).isGreaterThanOrEqualTo(16);
    }

    private static long covered(Set<String> kb, String anchor, Set<CountryPair> established) {
        return kb.stream().filter(c -> !c.equals(anchor)).filter(c -> established.contains(CountryPair.of(c, anchor)))
                .count();
    }
}

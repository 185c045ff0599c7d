package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.relations.CountryPair;

/** The bundled reference table names only levels its pairs' ladders rank and milestones the kinds table knows, each with a source. */
class ReferenceFactsTest {
    private static final List<CountryPair> PAIRS = List.of(CountryPair.of("USA", "VNM"), CountryPair.of("AUS", "VNM"),
            CountryPair.of("JPN", "VNM"), CountryPair.of("IND", "JPN"), CountryPair.of("CHN", "VNM"),
            CountryPair.of("KOR", "VNM"), CountryPair.of("IND", "VNM"));

    @Test
    void everyFactIsRankedOrKnownAndCitesAPublicSource() {
        ReferenceFacts facts = ReferenceFacts.bundled();
        FrameworkLadders ladders = FrameworkLadders.bundled();
        MilestoneKinds kinds = MilestoneKinds.bundled();
        List<ReferenceFacts.Fact> all = new ArrayList<>();
        for (CountryPair pair : PAIRS) {
            for (ReferenceFacts.Fact level : facts.of(pair, ReferenceFacts.Kind.LEVEL)) {
                assertThat(ladders.rung(pair, level.subject())).as(pair + " " + level.subject()).isPresent();
                all.add(level);
            }
            for (ReferenceFacts.Fact milestone : facts.of(pair, ReferenceFacts.Kind.MILESTONE)) {
                assertThat(kinds.byKey(milestone.subject())).as(pair + " " + milestone.subject()).isPresent();
                all.add(milestone);
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(19);
        assertThat(all).allSatisfy(f -> assertThat(f.citation()).startsWith("http"));
    }

    @Test
    void theUsVietnamFactsDateTheEmbargoNormalizationAndBothLevels() {
        List<ReferenceFacts.Fact> facts = new ArrayList<>(ReferenceFacts.bundled().of(CountryPair.of("VNM", "USA"),
                ReferenceFacts.Kind.MILESTONE));
        facts.addAll(ReferenceFacts.bundled().of(CountryPair.of("VNM", "USA"), ReferenceFacts.Kind.LEVEL));

        assertThat(facts).extracting(f -> f.subject() + " " + f.date().iso()).contains("embargo-lifted 1994-02-03",
                "normalization 1995-07-11", "Comprehensive Partnership 2013-07-25",
                "Comprehensive Strategic Partnership 2023-09-10");
    }
}

package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Milestone;
import org.parley.model.relations.Relationship;

/** A pair no stored report names still gets its card from the reference table alone. */
class ReferenceOnlyCardTest {
    private static final RelationshipBuilder BUILDER = RelationshipBuilder.withActors(report -> List.of());

    @Test
    void indonesiaVietnamWithoutReportsShowsItsLevelsAndItsEstablishment() {
        Relationship r = BUILDER.build(CountryPair.of("VNM", "IDN"), List.of(), List.of(), LocalDate.of(2026, 1, 1));

        assertThat(r.levels()).extracting(FrameworkLevel::name, FrameworkLevel::ladder, FrameworkLevel::rank,
                        l -> l.since().iso())
                .containsExactly(tuple("Strategic Partnership", "VNM", 2, "2013"),
                        tuple("Comprehensive Strategic Partnership", "VNM", 3, "2025-03-10"));
        assertThat(r.milestones()).extracting(Milestone::kind, m -> m.date().iso())
                .containsExactly(tuple("diplomatic-relations", "1955-12-30"));
        assertThat(r.claims()).isEmpty();
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void chinasPairsAreRankedOnChinasOwnLadder() {
        Relationship r = BUILDER.build(CountryPair.of("KOR", "CHN"), List.of(), List.of(), LocalDate.of(2026, 1, 1));

        assertThat(r.levels()).extracting(FrameworkLevel::name, FrameworkLevel::ladder, FrameworkLevel::rank)
                .containsExactly(tuple("Cooperative Partnership", "CHN", 1),
                        tuple("Comprehensive Cooperative Partnership", "CHN", 2),
                        tuple("Strategic Cooperative Partnership", "CHN", 4));
        assertThat(r.milestones()).extracting(m -> m.date().iso()).containsExactly("1992-08-24");
    }
}

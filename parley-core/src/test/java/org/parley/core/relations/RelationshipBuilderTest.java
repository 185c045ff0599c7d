package org.parley.core.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Conflict;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Relationship;

/** The relationship card from hand-written reports (team-written text, no annotator) and the bundled tables. */
class RelationshipBuilderTest {
    private static final RelationshipBuilder BUILDER = RelationshipBuilder.bundled();
    private static final CountryPair USA_VNM = CountryPair.of("VNM", "USA");

    private static Relationship card(ReportText... reports) {
        return BUILDER.build(USA_VNM, List.of(reports), List.of(), LocalDate.of(2024, 4, 1));
    }

    @Test
    void anUpgradeSentenceDatesTheLevelAndTheLadderRanksIt() {
        Relationship r = card(ReportFixture.of("a.txt", "2024-03-26",
                "The leaders met in [[September 2023|2023-09]] and agreed on upgrading Vietnam - US relations to "
                        + "Comprehensive Strategic Partnership, the ministers said on [[March 25|2024-03-25]]."));

        FrameworkLevel csp = r.levels().stream().filter(l -> l.name().equals("Comprehensive Strategic Partnership"))
                .findFirst().orElseThrow();
        assertThat(csp.ladder()).isEqualTo("VNM");
        assertThat(csp.rank()).isEqualTo(3);
        // The reference table's day wins over the report's month; the report is a source beside it.
        assertThat(csp.since().iso()).isEqualTo("2023-09-10");
        assertThat(csp.sources()).hasSize(2);
        assertThat(r.levels().get(r.levels().size() - 1).name()).isEqualTo("Comprehensive Strategic Partnership");
    }

    @Test
    void anotherPartysPartnershipIsNotThePairs() {
        Relationship r = BUILDER.build(CountryPair.of("AUS", "USA"), List.of(ReportFixture.of("b.txt", "2024-03-26",
                "The United States backs the ASEAN-US Comprehensive Strategic Partnership, Australia said.",
                "Australia and the US spoke of the Mekong-US partnership.")), List.of(), LocalDate.of(2024, 4, 1));

        assertThat(r.levels()).isEmpty();
    }

    @Test
    void readsTheFirstEditionOfAnAnnualFormat() {
        Relationship r = card(ReportFixture.of("c.txt", "2024-03-26",
                "The ministers co-chaired the first Vietnam - US Foreign Ministers' Dialogue.",
                "They valued the annual Dialogue mechanism at the Foreign Ministers level of the two countries.",
                "They agreed to promote the human rights dialogue between Vietnam and the US."));

        Mechanism dialogue = r.mechanisms().get(0);
        assertThat(dialogue.key()).isEqualTo("foreign-ministers-dialogue");
        assertThat(dialogue.frequency()).isEqualTo("annual");
        assertThat(dialogue.editions()).extracting(e -> e.ordinal()).containsExactly(1);
        assertThat(dialogue.sources()).hasSize(2);
        assertThat(r.mechanisms()).extracting(Mechanism::key).contains("human-rights-dialogue");
    }

    @Test
    void aFrameworkNameInsideAFormatsNameIsNoOtherParty() {
        Relationship r = card(ReportFixture.of("g.txt", "2024-03-27",
                "The US Secretary met the Vietnam minister for the inaugural Comprehensive Strategic Partnership "
                        + "foreign ministerial meeting."));

        assertThat(r.mechanisms()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("foreign-ministers-dialogue");
            assertThat(m.editions()).extracting(e -> e.ordinal()).containsExactly(1);
        });
    }

    @Test
    void anniversaryClaimsThatDisagreeBecomeAConflictWithBothSides() {
        Relationship r = card(
                ReportFixture.of("d.txt", "2024-03-26",
                        "Vietnam and the US: he named the 30th of normalization of relations (2024) as a milestone.",
                        "Next year the countries will be celebrating 30 years of diplomatic relations."),
                ReportFixture.of("e.txt", "2024-03-26",
                        "Vietnam and the US will celebrate the 30th anniversary of the normalization of relations between the two "
                                + "countries in 2025."));

        assertThat(r.claims()).extracting(AnniversaryClaim::subject, AnniversaryClaim::impliedStart)
                .contains(tuple("normalization", 1994), tuple("diplomatic-relations", 1995), tuple("normalization", 1995));
        Conflict normalization = r.conflicts().stream().filter(c -> c.field().contains("normalized")).findFirst()
                .orElseThrow();
        assertThat(normalization.values()).extracting(Conflict.Value::value).containsExactly("1994", "1995");
        assertThat(normalization.values().get(0).docs()).containsExactly("d.txt");
        assertThat(normalization.values().get(1).docs()).containsExactly(ClaimConflicts.REFERENCE_DOC, "e.txt");
        assertThat(normalization.values().get(0).said()).hasSize(1);
        assertThat(r.conflicts()).noneMatch(c -> c.field().contains("Diplomatic"));
    }

    @Test
    void aYearWrittenBeforeTheAnniversaryIsTheOneThatMarksIt() {
        Relationship r = card(ReportFixture.of("h.txt", "2024-06-20",
                "The ministers began planning events for 2025, when the United States and Vietnam mark 30 years of "
                        + "diplomatic relations."));

        assertThat(r.claims()).extracting(AnniversaryClaim::year, AnniversaryClaim::impliedStart)
                .containsExactly(tuple(2025, 1995));
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void aTenthAnniversaryInAReportDatesTheLevelAndUpcomingAnniversariesFollow() {
        Relationship r = BUILDER.build(CountryPair.of("VNM", "AUS"), List.of(ReportFixture.of("f.txt", "2019-04-15",
                "Australia and Vietnam marked the tenth anniversary of the bilateral comprehensive partnership.")),
                List.of(), LocalDate.of(2024, 4, 1));

        FrameworkLevel cp = r.levels().get(0);
        assertThat(cp.name()).isEqualTo("Comprehensive Partnership");
        assertThat(cp.since().iso()).isEqualTo("2009-09-07"); // the reference table's day, which the claim agrees with
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.upcoming()).anyMatch(a -> a.subject().equals("Comprehensive Partnership") && a.years() == 15
                && a.year() == 2024);
    }

    @Test
    void aTenthAnniversaryDatesALevelTheReferenceTableLacks() {
        Relationship r = BUILDER.build(CountryPair.of("USA", "JPN"), List.of(ReportFixture.of("g.txt", "2019-04-15",
                "Japan and the United States marked the tenth anniversary of their global partnership.")),
                List.of(), LocalDate.of(2024, 4, 1));

        FrameworkLevel gp = r.levels().get(0);
        assertThat(gp.name()).isEqualTo("Global Partnership");
        assertThat(gp.since().iso()).isEqualTo("2009");
        assertThat(gp.since().inferred()).isTrue();
    }
}

package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.kb.OfficeHolders;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.PublicationDate;

/** Periods read from SUTime's values, on sentences the team wrote. */
class PeriodReadingTest {

    private static final EventDater DATER = new EventDater(OfficeHolders.bundled(), Milestones.bundled(),
            LocalDate.of(2025, 6, 1));
    private static final PublicationDate MARCH_26 = new PublicationDate.Dated(LocalDateTime.of(2024, 3, 26, 20, 20),
            true, null, PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Mar 26, 2024 / 20:20");

    private static EventDate date(AnnotatedFixture f, int sentence, String trigger) {
        return DATER.date(f.article, f.text, sentence, f.token(sentence, trigger), List.of());
    }

    private static String range(EventDate d) {
        return d instanceof EventDate.Period p ? p.iso() + ".." + p.isoEnd() : "not a period: " + d.iso();
    }

    @Test
    void sinceAMonthRunsToThePublicationDay() {
        var f = AnnotatedFixture.of(MARCH_26, "Since [[September 2023|2023-09]], the two sides have expanded trade.");
        EventDate d = date(f, 0, "expanded");
        assertThat(range(d)).isEqualTo("2023-09..2024-03");
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.iso()).isEqualTo("2023-09");
        assertThat(d.evidence()).containsExactly("'September 2023' (sentence 0) after 'since' starts a period (2023-09)"
                + " that runs to the publication date 2024-03-26");
    }

    @Test
    void sinceAnEventInAMonthStartsThePeriodThere() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Since the upgrade in [[September 2023|2023-09]], the United States has welcomed three delegations.");
        assertThat(range(date(f, 0, "welcomed"))).isEqualTo("2023-09..2024-03");
    }

    @Test
    void thePastSixMonthsRunBackFromThePublicationDay() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Over [[the past six months|P6M|DURATION]] the two countries cooperated on public health.",
                "In [[the six months|P6M|DURATION]] since the upgrade, both navies trained together.");
        EventDate d = date(f, 0, "cooperated");
        assertThat(range(d)).isEqualTo("2023-09..2024-03");
        assertThat(d.basis()).isEqualTo(Basis.RELATIVE);
        assertThat(range(date(f, 1, "trained"))).isEqualTo("2023-09..2024-03");
    }

    @Test
    void twoBoundsMakeARangeAtTheCoarserPrecision() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Between [[2021|2021]] and [[2023|2023]] the two armies trained together.",
                "From [[January|2024-01]] to [[March 3|2024-03-03]], the ministries exchanged delegations.");
        EventDate years = date(f, 0, "trained");
        assertThat(range(years)).isEqualTo("2021..2023");
        assertThat(years.basis()).isEqualTo(Basis.STATED);
        EventDate months = date(f, 1, "exchanged");
        assertThat(range(months)).isEqualTo("2024-01..2024-03");
        assertThat(((EventDate.Period) months).contains(LocalDate.of(2024, 3, 31))).isTrue();
    }

    @Test
    void aPointDateOfTheActionWinsOverAPeriodInItsSentence() {
        var f = AnnotatedFixture.of(MARCH_26,
                "On [[March 5, 2024|2024-03-05]] the ministers reviewed what had been built since [[2021|2021]].");
        assertThat(date(f, 0, "reviewed")).isEqualTo(
                new EventDate.ExactDay(LocalDate.of(2024, 3, 5), Basis.STATED, date(f, 0, "reviewed").evidence()));
    }

    @Test
    void aFirstVisitSinceAYearAndAStatementAreNoPeriods() {
        var f = AnnotatedFixture.of(MARCH_26,
                "It was the first visit by a French president since [[2016|2016]].",
                "Son said ties had deepened since [[2021|2021]].");
        assertThat(date(f, 0, "visit")).isNotInstanceOf(EventDate.Period.class);
        assertThat(date(f, 1, "said")).isNotInstanceOf(EventDate.Period.class);
    }

    @Test
    void aPeriodOfANounIsNotThePeriodOfTheAction() {
        // They(0) reviewed(1) their(2) ties(3) since(4) 2021(5) .(6)
        var f = AnnotatedFixture.of(MARCH_26, "They reviewed their ties since [[2021|2021]].")
                .withParse(0, Set.of("reviewed"), "root -1 1", "nsubj 1 0", "nmod:poss 3 2", "obj 1 3",
                        "nmod 3 5", "case 5 4", "punct 1 6");
        assertThat(date(f, 0, "reviewed")).isNotInstanceOf(EventDate.Period.class);
    }

    @Test
    void theItemsOfAListTakeThePeriodItsIntroductionStates() {
        var f = AnnotatedFixture.of(MARCH_26,
                "In [[the six months|P6M|DURATION]] since the upgrade, both countries have advanced cooperation, "
                        + "including:",
                "The ministry signed a memorandum with the university.",
                "The bank financed a solar plant.");
        EventDate d = date(f, 2, "financed");
        assertThat(range(d)).isEqualTo("2023-09..2024-03");
        assertThat(d.evidence().get(0)).isEqualTo("listed under sentence 0, which states the period of its items");
    }

    @Test
    void labelledAndBulletedParagraphsAreItemsOfTheListAndHeadingsBetweenThemArePassedOver() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Over [[the past six months|P6M|DURATION]], both governments have deepened their ties, including:",
                "\nTrade Missions: The ministry sent two delegations to Ohio.",
                "Each delegation met governors.",
                "\nCLIMATE AND HEALTH",
                "\n- The agency trained nurses in three provinces.",
                "\n2. The bank financed a wind farm.");
        assertThat(range(date(f, 2, "met"))).isEqualTo("2023-09..2024-03");
        assertThat(range(date(f, 4, "trained"))).isEqualTo("2023-09..2024-03");
        assertThat(date(f, 5, "financed").evidence().get(0))
                .isEqualTo("listed under sentence 0, which states the period of its items");
    }

    @Test
    void aParagraphOfPlainRunningTextClosesTheList() {
        var f = AnnotatedFixture.of(MARCH_26,
                "Over [[the past six months|P6M|DURATION]], both governments have deepened their ties, including:",
                "\nTrade Missions: The ministry sent two delegations to Ohio.",
                "\nThe foreign minister flew to Seoul.",
                "\nPorts: The coast guard visited Da Nang.");
        assertThat(date(f, 2, "flew")).isNotInstanceOf(EventDate.Period.class);
        assertThat(date(f, 3, "visited")).as("an item after the list closed is no item of it")
                .isNotInstanceOf(EventDate.Period.class);
    }
}

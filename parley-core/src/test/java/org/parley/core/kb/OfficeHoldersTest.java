package org.parley.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.core.data.DataFileException;

class OfficeHoldersTest {

    private static final OfficeHolders KB = OfficeHolders.bundled();
    /** Open terms are taken to run until the day the table was last reviewed. */
    private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 25);

    private static final Set<String> G20 = Set.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN",
            "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA");
    private static final Set<String> ASEAN = Set.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA",
            "VNM");

    // --- the bundled table as a whole ------------------------------------------------------------

    @Test
    void bundledTableLoadsWithEveryRowValid() {
        assertThat(KB.terms()).hasSizeGreaterThan(250);
        for (OfficeTerm t : KB.terms()) {
            assertThat(OfficeHolders.isKnownCountry(t.country())).as("country of %s", t).isTrue();
            assertThat(t.country()).matches("[A-Z]{3}");
            assertThat(OfficeTerm.OFFICES).as("office of %s", t).contains(t.office());
            assertThat(t.title()).as("title of %s", t.name()).isNotBlank();
            assertThat(t.shortName()).as("short name of %s", t.name()).isNotBlank();
            if (t.end() != null) {
                assertThat(t.end()).as("end of %s", t).isAfterOrEqualTo(t.start());
                assertThat(t.end()).as("end of %s", t).isBeforeOrEqualTo(REVIEWED);
            }
            assertThat(t.start()).as("start of %s", t).isBeforeOrEqualTo(REVIEWED);
            assertThat(t.sector()).isEqualTo(t.office().equals(OfficeTerm.PARTY_GENERAL_SECRETARY) ? "PTY" : "GOV");
        }
    }

    @Test
    void noTwoHoldersOfOnePostOverlapByMoreThanTheHandoverDay() {
        List<OfficeHolders.Overlap> overlaps = KB.overlaps(1, REVIEWED);
        assertThat(overlaps)
                .as("terms of the same country+office sharing more than one day")
                .isEmpty();
    }

    @Test
    void eachPostHasAtMostOneOpenTerm() {
        Map<String, Long> open = KB.terms().stream().filter(t -> t.end() == null)
                .collect(Collectors.groupingBy(t -> t.country() + "/" + t.office(), Collectors.counting()));
        assertThat(open).allSatisfy((post, n) -> assertThat(n).as(post).isEqualTo(1L));
    }

    @Test
    void coversG20AndAseanForeignMinistersAndHeadsOfStateSince2015() {
        Set<String> countries = new java.util.HashSet<>(G20);
        countries.addAll(ASEAN);
        for (String c : countries) {
            for (String office : List.of(OfficeTerm.HEAD_OF_STATE, OfficeTerm.FOREIGN_MINISTER)) {
                assertThat(KB.holder(c, office, LocalDate.of(2015, 1, 1))).as("%s %s on 2015-01-01", c, office)
                        .isPresent();
                assertThat(KB.holder(c, office, REVIEWED)).as("%s %s today", c, office).isPresent();
            }
        }
        for (String c : List.of("CHN", "VNM", "LAO")) {
            assertThat(KB.holder(c, OfficeTerm.PARTY_GENERAL_SECRETARY, LocalDate.of(2015, 1, 1))).isPresent();
        }
        for (String office : List.of(OfficeTerm.FOREIGN_MINISTER, OfficeTerm.COMMISSION_PRESIDENT,
                OfficeTerm.COUNCIL_PRESIDENT)) {
            assertThat(KB.holder("EUR", office, LocalDate.of(2015, 1, 1))).as("EUR %s", office).isPresent();
        }
    }

    // --- facts we are sure about -----------------------------------------------------------------

    @Test
    void blinkenBecameSecretaryOfStateOn26January2021() {
        List<OfficeTerm> terms = KB.termsOf("Antony Blinken");
        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.country()).isEqualTo("USA");
            assertThat(t.office()).isEqualTo(OfficeTerm.FOREIGN_MINISTER);
            assertThat(t.title()).isEqualTo("Secretary of State");
            assertThat(t.start()).isEqualTo(LocalDate.of(2021, 1, 26));
            assertThat(t.sector()).isEqualTo("GOV");
        });
        assertThat(KB.termsOf("Tony Blinken")).isEqualTo(terms);
        assertThat(KB.holder("USA", OfficeTerm.FOREIGN_MINISTER, LocalDate.of(2021, 1, 25))).isEmpty();
    }

    @Test
    void buiThanhSonBecameForeignMinisterOn8April2021() {
        assertThat(KB.tenure("Bui Thanh Son", OfficeTerm.FOREIGN_MINISTER))
                .hasValueSatisfying(r -> assertThat(r.start()).isEqualTo(LocalDate.of(2021, 4, 8)));
        // Accented spelling, as Vietnamese outlets print it.
        assertThat(KB.termsOf("Bùi Thanh Sơn")).extracting(OfficeTerm::name).containsOnly("Bui Thanh Son");
    }

    @Test
    void vietnamsLeadersOn15April2023() {
        LocalDate day = LocalDate.of(2023, 4, 15);
        assertThat(KB.holder("VNM", OfficeTerm.PARTY_GENERAL_SECRETARY, day)).map(OfficeTerm::name)
                .hasValue("Nguyen Phu Trong");
        assertThat(KB.holder("VNM", OfficeTerm.HEAD_OF_GOVERNMENT, day)).map(OfficeTerm::name)
                .hasValue("Pham Minh Chinh");
        assertThat(KB.holder("VNM", OfficeTerm.HEAD_OF_STATE, day)).map(OfficeTerm::name).hasValue("Vo Van Thuong");
        assertThat(KB.holder("VNM", OfficeTerm.PARTY_GENERAL_SECRETARY, LocalDate.of(2024, 8, 3)))
                .map(OfficeTerm::name).hasValue("To Lam");
    }

    @Test
    void blinkenAndSonCouldHaveTalkedOnMay28OnlyFrom2021To2024() {
        DateRange blinken = KB.tenure("Antony Blinken", OfficeTerm.FOREIGN_MINISTER)
                .orElseThrow();
        DateRange son = KB.tenure("Bui Thanh Son", OfficeTerm.FOREIGN_MINISTER).orElseThrow();
        DateRange both = blinken.intersect(son).orElseThrow();
        assertThat(both.contains(LocalDate.of(2021, 5, 28))).isTrue();
        assertThat(both.candidateYears(MonthDay.of(5, 28), REVIEWED)).containsExactly(2021, 2022, 2023, 2024);
    }

    @Test
    void handoverDayAnswersWithTheIncomingHolder() {
        assertThat(KB.holder("VNM", OfficeTerm.HEAD_OF_GOVERNMENT, LocalDate.of(2021, 4, 5))).map(OfficeTerm::name)
                .hasValue("Pham Minh Chinh");
        assertThat(KB.holder("VNM", OfficeTerm.HEAD_OF_GOVERNMENT, LocalDate.of(2021, 4, 4))).map(OfficeTerm::name)
                .hasValue("Nguyen Xuan Phuc");
    }

    @Test
    void personWhoHeldAnOfficeTwiceHasTwoTenuresAndASpanningTenure() {
        assertThat(KB.tenures("Wang Yi", OfficeTerm.FOREIGN_MINISTER)).hasSize(2);
        assertThat(KB.tenure("Wang Yi", OfficeTerm.FOREIGN_MINISTER))
                .hasValueSatisfying(r -> assertThat(r.isOpen()).isTrue());
        assertThat(KB.holder("CHN", OfficeTerm.FOREIGN_MINISTER, LocalDate.of(2023, 3, 1))).map(OfficeTerm::name)
                .hasValue("Qin Gang");
    }

    // --- names as they appear in news ------------------------------------------------------------

    @Test
    void shortNameFindsEveryoneWhoGoesByIt() {
        assertThat(KB.matchingName("Blinken")).extracting(OfficeTerm::name).containsOnly("Antony Blinken");
        assertThat(KB.matchingName("Son")).extracting(OfficeTerm::name).contains("Bui Thanh Son");
        assertThat(KB.matchingName("Trong", LocalDate.of(2019, 6, 1))).extracting(OfficeTerm::office)
                .containsExactlyInAnyOrder(OfficeTerm.PARTY_GENERAL_SECRETARY, OfficeTerm.HEAD_OF_STATE);
    }

    @Test
    void ambiguousShortNameIsResolvedByTheDate() {
        List<OfficeTerm> lees = KB.matchingName("Lee");
        assertThat(lees).extracting(OfficeTerm::name).contains("Lee Hsien Loong", "Lee Jae-myung");
        assertThat(KB.matchingName("Lee", LocalDate.of(2020, 1, 1))).extracting(OfficeTerm::name)
                .containsOnly("Lee Hsien Loong");
    }

    @Test
    void namesMatchAcrossAccentsHyphensAndCase() {
        assertThat(KB.matchingName("yoon suk-yeol")).extracting(OfficeTerm::name).containsOnly("Yoon Suk Yeol");
        assertThat(KB.matchingName("TÔ LÂM")).extracting(OfficeTerm::name).containsOnly("To Lam");
        assertThat(KB.matchingName("Nobody Atall")).isEmpty();
        assertThat(KB.termsOf("Blinken")).as("short names are not full names").isEmpty();
    }

    // --- the parser on text written here ---------------------------------------------------------

    private static final String HEADER = String.join("\t", OfficeHolders.COLUMNS) + "\n";

    @Test
    void malformedRowsAreAllReportedWithTheirLineNumbers() {
        String table = "# comment\n" + HEADER
                + "XXQ\thead_of_state\tPresident\tA B\t\tB\t2020-01-01\t\tGOV\tyes\t\n"
                + "USA\thead_of_state\tPresident\tC D\t\tD\t2020-13-01\t\tGOV\tyes\t\n"
                + "USA\tpope\tPresident\tE F\t\tF\t2020-01-01\t\tGOV\tyes\t\n"
                + "USA\thead_of_state\tPresident\tG H\t\tH\t2020-01-01\t2019-01-01\tGOV\tyes\t\n"
                + "USA\thead_of_state\tPresident\tI J\t\tJ\t2020-01-01\n";
        assertThatThrownBy(() -> OfficeHolders.parse(new StringReader(table), "t.tsv"))
                .isInstanceOf(DataFileException.class)
                .satisfies(e -> assertThat(((DataFileException) e).problems()).hasSize(5)
                        .anySatisfy(p -> assertThat(p).startsWith("t.tsv:3:").contains("XXQ"))
                        .anySatisfy(p -> assertThat(p).startsWith("t.tsv:4:").contains("2020-13-01"))
                        .anySatisfy(p -> assertThat(p).startsWith("t.tsv:5:").contains("pope"))
                        .anySatisfy(p -> assertThat(p).startsWith("t.tsv:6:").contains("before"))
                        .anySatisfy(p -> assertThat(p).startsWith("t.tsv:7:").contains("11")));
    }

    @Test
    void wrongHeaderIsRejected() {
        assertThatThrownBy(() -> OfficeHolders.parse(new StringReader("country\tname\n"), "h.tsv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("h.tsv:1: header");
    }

    @Test
    void overlapDetectionFindsTwoHoldersSharingAMonth() {
        String table = HEADER
                + "FRA\tforeign_minister\tMinister\tA One\t\tOne\t2020-01-01\t2020-06-30\tGOV\tyes\t\n"
                + "FRA\tforeign_minister\tMinister\tB Two\t\tTwo\t2020-06-01\t\tGOV\tno\tacting\n"
                + "FRA\tforeign_minister\tMinister\tC Three\t\tThree\t2019-01-01\t2020-01-01\tGOV\tyes\t\n";
        OfficeHolders kb = OfficeHolders.parse(new StringReader(table), "o.tsv");
        assertThat(kb.overlaps(1, REVIEWED)).singleElement().satisfies(o -> {
            assertThat(o.earlier().name()).isEqualTo("A One");
            assertThat(o.later().name()).isEqualTo("B Two");
            assertThat(o.sharedDays()).isEqualTo(30);
        });
        assertThat(kb.termsOf("B Two")).singleElement().satisfies(t -> {
            assertThat(t.verified()).isFalse();
            assertThat(t.note()).isEqualTo("acting");
        });
    }
}

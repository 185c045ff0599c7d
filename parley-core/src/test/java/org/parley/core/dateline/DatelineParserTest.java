package org.parley.core.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Apr 2, 2023 / 09:45;                2023-04-02; 09:45;",
            "April 2, 2023;                       2023-04-02; ;",
            "2 April 2023;                        2023-04-02; ;",
            "Sunday, April 2, 2023 9:45 PM;       2023-04-02; 21:45;",
            "April 2, 2023 at 9:45 a.m.;          2023-04-02; 09:45;",
            "2nd April 2023, 18:00;               2023-04-02; 18:00;",
            "Chủ nhật, 02/04/2023 - 09:45 (GMT+7); 2023-04-02; 09:45; +07:00",
            "Thứ sáu, 14/7/2023, 20h15 (GMT+7);   2023-07-14; 20:15; +07:00",
            "2023-04-02T09:45:00Z;                2023-04-02; 09:45; Z",
            "2023-04-02T09:45:00+05:30;           2023-04-02; 09:45; +05:30",
            "Updated: 14/07/2023 10:15 GMT+7;     2023-07-14; 10:15; +07:00",
            "Published: 14.07.2023 | 10:15 ICT;   2023-07-14; 10:15; +07:00",
            "09:45 | 14/07/2023;                  2023-07-14; 09:45;",
            "ngày 14 tháng 7 năm 2023;            2023-07-14; ;",
            "2023/07/14 18:30 JST;                2023-07-14; 18:30; +09:00",
    })
    void readsWholeLineDatelines(String line, String date, String time, String offset) {
        Dateline d = parser.parseStandalone(line, null).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
        assertThat(d.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
        assertThat(d.statedOffset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
        assertThat(parser.isStandalone(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Kathmandu, Jan 7 (PTI) Nepal's prime minister said;   1; 7;  Kathmandu, Jan 7 (PTI)",
            "WASHINGTON, March 26 (Reuters) - The two ministers;   3; 26; WASHINGTON, March 26 (Reuters)",
            "HANOI, July 14 — Vietnam and Japan agreed;            7; 14; HANOI, July 14",
            "Phnom Penh, Cambodia, Feb 3 (Xinhua) -- Officials;    2; 3;  'Phnom Penh, Cambodia, Feb 3 (Xinhua)'",
    })
    void readsOpeningDatelinesWithoutYear(String line, int month, int day, String evidence) {
        Dateline d = parser.parseLeading(line, null).orElseThrow();
        assertThat(d.hasYear()).isFalse();
        assertThat(d.monthDay()).isEqualTo(MonthDay.of(month, day));
        assertThat(d.text()).isEqualTo(evidence);
    }

    @Test
    void readsOpeningDatelineWithYearAndPlace() {
        Dateline d = parser.parseLeading("TOKYO, July 14, 2023 (Kyodo) - Japan said on Friday", null).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The two ministers held phone talks on May 28.",
            "Minister Son holds phone talks with Secretary Blinken on May 28 (Photo: VNA)",
            "The Party chief met the visitor in Hanoi on April 15.",
            "March 26 was a busy day for the ministry.",
            "On March 26, 2024, the ministers met in Washington.",
            "General Secretary Trong welcomed the President, September 10, 2023.",
            "In 2023, trade grew by 12 percent.",
            "Vietnam - Asia 2023 Smart City Summit",
    })
    void ignoresDatesInsideSentences(String line) {
        assertThat(parser.parseLeading(line, DayMonthOrder.DAY_FIRST)).isEmpty();
        assertThat(parser.isStandalone(line)).isFalse();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(parser.parseStandalone("31/02/2023", DayMonthOrder.DAY_FIRST)).isEmpty();
        assertThat(parser.parseStandalone("February 30, 2023", null)).isEmpty();
        assertThat(parser.parseStandalone("March 3, 2023 13:10 PM", null)).isEmpty();
    }

    @Test
    void readsDayFirstWhenDayExceedsTwelve() {
        assertThat(parser.parseStandalone("14/07/2023", DayMonthOrder.MONTH_FIRST).orElseThrow().date())
                .isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(parser.parseStandalone("07/14/2023", DayMonthOrder.DAY_FIRST).orElseThrow().date())
                .isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @Test
    void followsTheOutletOrderWhenAmbiguousAndSaysSo() {
        Dateline dayFirst = parser.parseStandalone("05/03/2024", DayMonthOrder.DAY_FIRST).orElseThrow();
        Dateline monthFirst = parser.parseStandalone("05/03/2024", DayMonthOrder.MONTH_FIRST).orElseThrow();
        assertThat(dayFirst.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(dayFirst.note()).contains("dd/MM assumed");
        assertThat(monthFirst.date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(monthFirst.note()).contains("MM/dd assumed");
    }

    @Test
    void leavesAmbiguousOrderUndecidedWithoutOutlet() {
        Dateline d = parser.parseStandalone("05/03/2024", null).orElseThrow();
        assertThat(d.orderUndecided()).isTrue();
    }

    @Test
    void settlesAmbiguousOrderByWeekdayOrVietnamese() {
        // 5 March 2024 was a Tuesday, 3 May 2024 a Friday.
        assertThat(parser.parseStandalone("Friday, 05/03/2024", DayMonthOrder.DAY_FIRST).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(parser.parseStandalone("Thứ hai, 04/03/2024 08:00", null).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void prefersThePublishedStampOverTheUpdateStamp() {
        Dateline d = parser.parseStandalone("Updated: 15/07/2023 09:00 | Published: 14/07/2023 18:00", null).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(d.update()).isFalse();
    }

    @Test
    void findsTheStampAnywhereAndPrefersThePublishedOne() {
        Dateline d = parser.parseWithin("UPDATED 05 / 03 / 2013 at 11 : 00 AM EDT Originally published 05 / 03 / 2013 at 10 : 20 AM EDT",
                DayMonthOrder.MONTH_FIRST).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2013, 5, 3));
        assertThat(d.time()).isEqualTo(LocalTime.of(10, 20));
        assertThat(d.update()).isFalse();
    }

    @Test
    void takesTheUpdateStampWhenItIsTheOnlyOne() {
        Dateline d = parser.parseWithin("UPDATED 3 : 09 AM EST Dec 19, 2008 He hit. 308 with 33 homers", null).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2008, 12, 19));
        assertThat(d.time()).isEqualTo(LocalTime.of(3, 9));
        assertThat(d.statedOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(d.update()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jackson's court date is set for February 17, 2009.",
            "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
            "He led the team to a 162 - 139 record in 1978 - 89.",
    })
    void findsNoStampWhereASentenceLeadsToTheDate(String text) {
        assertThat(parser.parseWithin(text, null)).isEmpty();
    }

    @Test
    void readsTwoDigitYearsAsThisCentury() {
        assertThat(parser.parseStandalone("Dec-19-05", null).orElseThrow().date()).isEqualTo(LocalDate.of(2005, 12, 19));
        assertThat(parser.parseStandalone("04/28/09", null).orElseThrow().date()).isEqualTo(LocalDate.of(2009, 4, 28));
        assertThat(parser.parseStandalone("14.07.23", null)).isEmpty(); // dotted: a version or a time, not a date
    }

    @Test
    void leavesAmbiguousZoneAbbreviationsToTheOutlet() {
        Dateline d = parser.parseStandalone("November 11, 2011 20:09 IST", null).orElseThrow();
        assertThat(d.statedOffset()).isNull();
        assertThat(d.unresolvedZone()).isEqualTo("IST");
    }
}

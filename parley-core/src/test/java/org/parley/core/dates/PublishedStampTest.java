package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.PublicationDate.Dated;
import org.parley.model.PublicationDate.Source;
import org.parley.model.PublicationDate.ZoneBasis;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/** Free-text {@code date_publish} values from tokenized news pages, read by the resolver. */
class PublishedStampTest {

    private static final String BODY = "The two foreign ministers met on Tuesday to review cooperation.";

    private final PublicationDateResolver resolver = new PublicationDateResolver();

    private PublicationDate resolve(String metadata, String url) {
        return resolve(metadata, url, BODY);
    }

    private PublicationDate resolve(String metadata, String url, String text) {
        return resolver.resolve(new RawArticle(Origin.file("in/a.json", "a.json"), SourceFormat.JSON, text, null, url,
                null, null, metadata, null, null));
    }

    private static void isDay(PublicationDate date, String day, String evidence) {
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime().toLocalDate()).isEqualTo(LocalDate.parse(day));
            assertThat(d.source()).isEqualTo(Source.METADATA);
            assertThat(d.evidence()).contains(evidence);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Posted on Thu Jun 13, 2013 08 : 45 AM PDT;                2013-06-13T08:45;    true;  -07:00; STATED",
            "Nov. 12, 2007;                                            2007-11-12T00:00;    false; ;       NONE",
            "Published 9 : 46 PM CDT Sep 26, 2013;                     2013-09-26T21:46;    true;  -05:00; STATED",
            "Released 2013 - 09 - 28 05 : 08 : 35 GMT;                 2013-09-28T05:08:35; true;  Z;      STATED",
            "'Saturday, 28 September 2013 01 : 43';                    2013-09-28T01:43;    true;  ;       NONE",
            "Updated: 28 September 2013 10 : 15;                       2013-09-28T10:15;    true;  ;       NONE",
            "Published July 28, 2004 He was 75.;                       2004-07-28T00:00;    false; ;       NONE",
            "'Last Updated : Tuesday, 20 December 2005, 10 : 39 GMT';  2005-12-20T10:39;    true;  Z;      STATED",
            "Edited on Mon Dec - 19 - 05 03 : 49 PM;                   2005-12-19T15:49;    true;  ;       NONE",
            "updated 12 / 19 / 2005 2 : 48 : 40 PM ET;                 2005-12-19T14:48:40; true;  -05:00; STATED",
            "Thursday 29 July 2004 08.23 BST;                          2004-07-29T08:23;    true;  +01:00; STATED",
            "'Reuters Sep 18, 2013, 02.16PM IST';                      2013-09-18T14:16;    true;  ;       NONE",
            "'PUBLISHED : 02 : 31 GMT, 12 March 2013 | UPDATED : 22 : 19 GMT, 13 March 2013'; 2013-03-12T02:31; true; Z; STATED",
            "04 / 28 / 09 07 : 35 PM ET;                               2009-04-28T19:35;    true;  -04:00; STATED",
            "'Washington D.C., Jul 13, 2009 / 02 : 00 pm (CNA)';       2009-07-13T14:00;    true;  ;       NONE",
            "FOR IMMEDIATE RELEASE July 13, 2009;                      2009-07-13T00:00;    false; ;       NONE",
            "'Sat Nov 12 2011, 01 : 19 hrs';                           2011-11-12T01:19;    true;  ;       NONE",
            "'December 15th, 2008, 7 : 35 am';                         2008-12-15T07:35;    true;  ;       NONE",
            "'updated 8 : 41 p. m. EST, Tue March 3, 2009';            2009-03-03T20:41;    true;  -05:00; STATED",
            "10 : 55 P.M.FEB. 2, 2009;                                 2009-02-02T22:55;    true;  ;       NONE",
            "'on Jul 7 2012, 5 : 55p';                                 2012-07-07T17:55;    true;  ;       NONE",
            "'7 : 00pm UK, Wednesday 05 May 2010';                     2010-05-05T19:00;    true;  +01:00; STATED",
            "'26 September 2013, 10 : 00 (GMT+05 : 00)';               2013-09-26T10:00;    true;  +05:00; STATED",
    })
    void readsFreeTextStampsFromTokenizedPages(String metadata, String dateTime, boolean hasTime, String offset,
                                               ZoneBasis basis) {
        assertThat(resolve(metadata, null)).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse(dateTime));
            assertThat(d.hasTime()).isEqualTo(hasTime);
            assertThat(d.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
            assertThat(d.zoneBasis()).isEqualTo(basis);
            assertThat(d.source()).isEqualTo(Source.METADATA);
            assertThat(d.evidence()).startsWith(metadata);
        });
    }

    @Test
    void regionZoneFollowsDaylightSavingAtTheWrittenDate() {
        assertThat(resolve("Posted : Nov 27, 2005 8 : 20 AM ET", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(-5)));
        assertThat(resolve("Posted : Jul 07, 2012 7 : 40 PM ET", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(-4)));
    }

    @Test
    void istIsReadOnlyWithAnOutletThatSettlesIt() {
        String stamp = "Reuters Sep 18, 2013, 02.16PM IST";
        assertThat(resolve(stamp, "http : / / articles. timesofindia. indiatimes.com / 2013 - 09 - 18 / a"))
                .isInstanceOfSatisfying(Dated.class, d -> {
                    assertThat(d.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
                    assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.STATED);
                    assertThat(d.evidence()).contains("IST read as +05:30");
                });
        assertThat(resolve(stamp, "https://www.irishtimes.ie/news/a")).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(1)));
        // A UK outlet writing IST does not mean London time: no offset rather than a wrong one.
        assertThat(resolve(stamp, "https://www.example.co.uk/a")).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.offset()).isNull();
            assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.NONE);
        });
    }

    @Test
    void ambiguousNumericStampFollowsTheOutletElseStaysUndated() {
        assertThat(resolve("11 / 12 / 2007", "https://www.nytimes.com/a")).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2007-11-12T00:00")));
        assertThat(resolve("11 / 12 / 2007", "https://www.example.co.uk/a")).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2007-12-11T00:00")));
        assertThat(resolve("11 / 12 / 2007", null)).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolve("11 / 28 / 05", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2005-11-28T00:00")));
    }

    @Test
    void ambiguousNumericStampIsReadMonthFirstWithAUsZoneAndDayFirstWithDots() {
        assertThat(resolve("POSTED : 05 / 02 / 07, 9 : 00 PM PDT |", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2007-05-02T21:00")));
        assertThat(resolve("09 / 10 / 10 08 : 23 PM ET", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2010-09-10T20:23")));
        assertThat(resolve("Article posted on 08.07.2012 Joe Louis 26 - 1", null)).isInstanceOfSatisfying(Dated.class,
                d -> assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2012-07-08T00:00")));
        // a zone that is not only American says nothing about the order
        assertThat(resolve("05 / 02 / 2007 21 : 00 GMT", null)).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void stringsWithoutAPublicationDateStayUndated() {
        assertThat(resolve("She was 91.", null)).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolve("Updated 9 : 06 AM", null)).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolve("In 2008, Klitschko stopped Thompson in the 11th round.", null)).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolve("Jackson ’ s court date is set for February 17, 2009.", null)).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void aStampFollowedByTextIsReadInTheOrderTheUrlFiles() {
        String stamp = "Issued : 04 / 09 / 2016 The visitors scored twice after the break (2 - 0).";
        isDay(resolve(stamp, "http : / / www. club.example / 2016 / 04 / report"), "2016-04-09",
                "MM/dd read: only that reading fits the URL path");
        assertThat(resolve(stamp, null)).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void anUndecidedNumericStampIsReadInTheOrderWhoseMonthTheTextNames() {
        String text = "The council voted on Feb. 2 to close the depot. A hearing is set for Feb. 24.";
        isDay(resolve("4 / 2 / 2012 3 : 10 : 05 PM", null, text), "2012-02-04",
                "dd/MM read: only that reading fits the month of a date the text names");
        // both months named: still undecided
        assertThat(resolve("4 / 2 / 2012 3 : 10 : 05 PM", null, text + " Work resumes on April 30."))
                .isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void anAgeIsCountedBackFromTheStatedDownloadDay() {
        isDay(resolve("Posted 2 years, 3 days ago [downloaded on 9 March 2014]", null), "2012-03-06",
                "less 2 years, 3 days");
        assertThat(resolve("Posted 3 days ago", null)).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void aMonthMisspeltByOneLetterIsReadBeforeADayAndAYear() {
        isDay(resolve("Decmber 14, 2010", null), "2010-12-14", "month Decmber read as December");
        assertThat(resolve("Decmber", null)).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void theWarningSaysWhenAStampWasLeftUndecidedRatherThanAbsent() {
        List<String> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(PublicationDateResolver.class.getName());
        logger.addHandler(handler);
        try {
            resolve("Issued : 04 / 09 / 2016 The visitors scored twice.", null);
            resolve("Updated 7 : 15 PM", null);
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(warnings).containsExactly(
                "in/a.json: published date metadata is not a date: \"Issued : 04 / 09 / 2016 The visitors scored twice.\" "
                        + "(04/09/2016 reads day first or month first, and neither the outlet nor the page settles which); "
                        + "trying the text",
                "in/a.json: published date metadata is not a date: \"Updated 7 : 15 PM\"; trying the text");
    }
}

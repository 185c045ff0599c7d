package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Origin;
import org.parley.model.PublicationDate;
import org.parley.model.PublicationDate.Dated;
import org.parley.model.PublicationDate.Source;
import org.parley.model.PublicationDate.WithoutYear;
import org.parley.model.PublicationDate.ZoneBasis;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class PublicationDateResolverTest {

    private static final String BODY = "The two foreign ministers met on Tuesday to review cooperation.\n"
            + "They agreed to hold the next dialogue in 2025.";

    private final PublicationDateResolver resolver = new PublicationDateResolver();

    private static RawArticle article(String text, String url, String metadata, Instant capture) {
        return new RawArticle(Origin.file("in/a.txt", "a.txt"), SourceFormat.TEXT, text, null, url, null, null,
                metadata, capture, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2023-07-14T18:30:00+07:00;            2023-07-14T18:30; true;  +07:00; STATED",
            "2023-07-14T11:30:00Z;                 2023-07-14T11:30; true;  Z;      STATED",
            "2023-07-14T18:30:00.123+0700;         2023-07-14T18:30:00.123; true; +07:00; STATED",
            "2023-07-14T18:30:00+09:00[Asia/Tokyo]; 2023-07-14T18:30; true; +09:00; STATED",
            "'Fri, 14 Jul 2023 11:30:00 GMT';      2023-07-14T11:30; true;  Z;      STATED",
            "1689334200;                           2023-07-14T11:30; true;  Z;      STATED",
            "1689334200000;                        2023-07-14T11:30; true;  Z;      STATED",
            "2023-07-14 18:30:00;                  2023-07-14T18:30; true;  ;       NONE",
            "2023-07-14;                           2023-07-14T00:00; false; ;       NONE",
            "'July 14, 2023 6:30 PM';              2023-07-14T18:30; true;  ;       NONE",
    })
    void readsMetadataFormats(String metadata, String dateTime, boolean hasTime, String offset, ZoneBasis basis) {
        PublicationDate date = resolver.resolve(article(BODY, null, metadata, null));
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse(dateTime));
            assertThat(d.hasTime()).isEqualTo(hasTime);
            assertThat(d.offset()).isEqualTo(offset == null ? null : ZoneOffset.of(offset));
            assertThat(d.zoneBasis()).isEqualTo(basis);
            assertThat(d.source()).isEqualTo(Source.METADATA);
            assertThat(d.evidence()).isEqualTo(metadata);
        });
    }

    @Test
    void metadataWithoutOffsetTakesTheOutletZone() {
        PublicationDate date = resolver.resolve(article(BODY, "https://news.example.vn/a-1.html", "2023-07-14 18:30:00", null));
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.OUTLET);
        });
    }

    @Test
    void metadataWinsOverTheDateline() {
        String text = "Headline\nApr 2, 2023 / 09:45\n" + BODY;
        PublicationDate date = resolver.resolve(article(text, null, "2023-04-03T10:00:00Z", null));
        assertThat(((Dated) date).dateTime()).isEqualTo(LocalDateTime.of(2023, 4, 3, 10, 0));
    }

    @Test
    void unreadableMetadataFallsBackToTheDateline() {
        String text = "Headline\nApr 2, 2023 / 09:45\n" + BODY;
        PublicationDate date = resolver.resolve(article(text, null, "yesterday-ish", null));
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.source()).isEqualTo(Source.DATELINE);
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.of(2023, 4, 2, 9, 45));
        });
    }

    @Test
    void datelineWithoutZoneTakesOutletZoneFromSiteOrUrl() {
        String text = "Headline\n14/07/2023 18:30\n" + BODY;
        PublicationDate fromUrl = resolver.resolve(article(text, "https://www.thehindu.com/news/x", null, null));
        assertThat(((Dated) fromUrl).offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(((Dated) fromUrl).zoneBasis()).isEqualTo(ZoneBasis.OUTLET);
        RawArticle bySite = new RawArticle(Origin.file("a", "a"), SourceFormat.TEXT, text, null, null, "koreaherald.com",
                null, null, null, null);
        assertThat(((Dated) resolver.resolve(bySite)).offset()).isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void outletZoneFollowsDaylightSaving() {
        String text = "Headline\nJuly 14, 2023 18:30\n" + BODY;
        PublicationDate summer = resolver.resolve(article(text, "https://www.bbc.co.uk/news/x", null, null));
        assertThat(((Dated) summer).offset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void datelineWithoutZoneAndUnknownOutletHasNoOffset() {
        PublicationDate date = resolver.resolve(article("Headline\nApril 2, 2023\n" + BODY, "https://example.com/x", null, null));
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.offset()).isNull();
            assertThat(d.zoneBasis()).isEqualTo(ZoneBasis.NONE);
            assertThat(d.hasTime()).isFalse();
        });
    }

    @Test
    void ambiguousNumericDateFollowsTheOutlet() {
        String text = "Headline\n05/03/2024 10:00\n" + BODY;
        Dated vn = (Dated) resolver.resolve(article(text, "https://example.vn/x", null, null));
        Dated us = (Dated) resolver.resolve(article(text, "https://www.nytimes.com/x", null, null));
        assertThat(vn.date()).isEqualTo(java.time.LocalDate.of(2024, 3, 5));
        assertThat(vn.evidence()).contains("dd/MM assumed").contains(".vn");
        assertThat(us.date()).isEqualTo(java.time.LocalDate.of(2024, 5, 3));
    }

    @Test
    void ambiguousNumericDateWithUnknownOutletAndNoClueIsNotGuessed() {
        String text = "Headline\n05/03/2024 10:00\nThe two foreign ministers met to review cooperation.";
        assertThat(resolver.resolve(article(text, null, null, null))).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolver.resolve(article("No date here.", "https://site.example/news/x", "05 / 03 / 2024", null)))
                .isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void ambiguousNumericMetadataIsReadInTheOrderTheUrlPathFits() {
        Dated filed = (Dated) resolver.resolve(article("The court charged her on Friday.",
                "http : / / news. example. com / 2010 / 09 / shooting - charged. html", "11 / 09 / 2010", null));
        assertThat(filed.date()).isEqualTo(java.time.LocalDate.of(2010, 9, 11));
        assertThat(filed.evidence()).contains("11 / 09 / 2010").contains("URL path /2010/09/");
        Dated monthFirst = (Dated) resolver.resolve(article("Thoughts on the choice.",
                "https://www.site.example/2013/08/5-thoughts.html", "8 / 2 / 13 at 1 : 30 PM", null));
        assertThat(monthFirst.dateTime()).isEqualTo(LocalDateTime.of(2013, 8, 2, 13, 30));
    }

    @Test
    void ambiguousNumericMetadataIsReadInTheOrderANamedDateOfTheTextFitsButNotByWeekday() {
        Dated named = (Dated) resolver.resolve(article("The actress checked into rehab on May 2, her lawyer said.",
                null, "05 / 02 / 2013", null));
        assertThat(named.date()).isEqualTo(java.time.LocalDate.of(2013, 5, 2));
        assertThat(named.evidence()).contains("MM/dd read").contains("a date the text names");
        // 3 February 2009 was a Tuesday, 2 March 2009 a Monday: the event's weekday does not date the page
        assertThat(resolver.resolve(article("He was arrested early Tuesday, police said.",
                null, "2 / 3 / 2009 5 : 59 : 13 PM", null))).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void ambiguousNumericDatelineIsReadInTheOrderTheTextFits() {
        String text = "Headline\n05/03/2024 10:00\nThe ministers met on March 5 in Hanoi.";
        assertThat(((Dated) resolver.resolve(article(text, null, null, null))).date())
                .isEqualTo(java.time.LocalDate.of(2024, 3, 5));
    }

    @Test
    void agencyDatelineWithoutYearIsWithoutYear() {
        String text = "Kathmandu, Jan 7 (PTI) Nepal's prime minister will visit India next month, officials said.";
        PublicationDate date = resolver.resolve(article(text, null, null, Instant.parse("2024-01-08T00:00:00Z")));
        assertThat(date).isInstanceOfSatisfying(WithoutYear.class, w -> {
            assertThat(w.monthDay()).isEqualTo(MonthDay.of(1, 7));
            assertThat(w.source()).isEqualTo(Source.DATELINE);
            assertThat(w.evidence()).isEqualTo("Kathmandu, Jan 7 (PTI)");
        });
    }

    @Test
    void updateStampIsUsedOnlyWithoutAPublishedStamp() {
        Dated onlyUpdate = (Dated) resolver.resolve(article("Headline\nUpdated: 26/03/2024 10:15 GMT+7\n" + BODY, null, null, null));
        assertThat(onlyUpdate.dateTime()).isEqualTo(LocalDateTime.of(2024, 3, 26, 10, 15));
        assertThat(onlyUpdate.offset()).isEqualTo(ZoneOffset.ofHours(7));
        Dated both = (Dated) resolver.resolve(article(
                "Headline\nUpdated: 26/03/2024 10:15 GMT+7\nPublished: 25/03/2024 08:00 GMT+7\n" + BODY, null, null, null));
        assertThat(both.dateTime()).isEqualTo(LocalDateTime.of(2024, 3, 25, 8, 0));
    }

    @Test
    void datelineMustBeNearTheStart() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PublicationDateResolver.DATELINE_LINES; i++) {
            text.append("Paragraph ").append(i).append(" says nothing about time.\n\n");
        }
        text.append("April 2, 2023\n");
        assertThat(resolver.resolve(article(text.toString(), null, null, null))).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void eventDatesInsideSentencesAreNotPublicationDates() {
        String text = "Ministers hold phone talks\nThe ministers held phone talks on May 28.\n"
                + "They will meet in Hanoi on April 15, 2024, the ministry said.";
        assertThat(resolver.resolve(article(text, null, null, null))).isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void captureTimeIsTheLastResort() {
        Instant capture = Instant.parse("2024-03-26T13:20:00Z");
        PublicationDate date = resolver.resolve(article(BODY, "https://example.vn/x", null, capture));
        assertThat(date).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.source()).isEqualTo(Source.CAPTURE);
            assertThat(d.instant().orElseThrow().toInstant()).isEqualTo(capture);
            assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(7)); // shown at the outlet's offset
        });
    }

    @Test
    void runOnMetadataIsReadFromItsFirstCharactersOnly() {
        String sentences = " The minister said the talks, first planned for 2022, would resume.".repeat(5);
        String opening = "Published August 02, 2013" + sentences;
        assertThat(resolver.resolve(article("", null, opening, null))).isInstanceOfSatisfying(Dated.class, d -> {
            assertThat(d.dateTime()).isEqualTo(LocalDateTime.parse("2013-08-02T00:00"));
            assertThat(d.evidence()).as("the whole value stays the evidence").isEqualTo(opening);
        });
        // The same stamp past the bound is in the article's sentences, not a publication stamp.
        assertThat(resolver.resolve(article("", null, sentences.strip() + " Published August 02, 2013", null)))
                .isEqualTo(PublicationDate.UNKNOWN);
    }

    @Test
    void headCutsAtTheLastSpaceWithinTheBound() {
        String word = "x".repeat(9) + " ";
        String head = PublicationDateResolver.head(word.repeat(30));
        assertThat(head).hasSizeLessThanOrEqualTo(PublicationDateResolver.METADATA_CHARS).endsWith("x");
        assertThat(PublicationDateResolver.head("y".repeat(300))).hasSize(PublicationDateResolver.METADATA_CHARS);
    }

    @Test
    void nothingDatesTheArticleMeansUnknown() {
        assertThat(resolver.resolve(article(BODY, null, null, null))).isEqualTo(PublicationDate.UNKNOWN);
        assertThat(resolver.resolve(article("", null, "  ", null))).isEqualTo(PublicationDate.UNKNOWN);
    }
}

package org.parley.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.CleanText;
import org.parley.model.Span;

class BoilerplateCleanerTest {

    private static final String HEADLINE = "Japan and Vietnam agree to deepen maritime cooperation";
    private static final String BODY1 = "Japanese Foreign Minister Yoko Kamikawa met her Vietnamese counterpart in Tokyo on Monday.";
    private static final String BODY2 = "The two sides agreed to expand coast guard training and joint patrol exercises.";

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private CleanText clean(String text) {
        CleanText result = cleaner.clean(text);
        CleanTextInvariants.check(text, result);
        assertThat(cleaner.clean(result.text()).text()).isEqualTo(result.text());
        return result;
    }

    /** Puts {@code junk} among body lines and expects it removed by {@code rule}, the body kept. */
    private void assertRemoved(String junk, String rule, boolean atEnd) {
        String text = atEnd
                ? HEADLINE + "\n" + BODY1 + "\n" + BODY2 + "\n" + junk
                : HEADLINE + "\n" + junk + "\n" + BODY1 + "\n" + BODY2;
        CleanText result = clean(text);
        assertThat(result.text()).isEqualTo(HEADLINE + "\n" + BODY1 + "\n" + BODY2);
        assertThat(result.removed()).extracting(CleanText.RemovedLine::rule).containsExactly(rule);
        assertThat(result.removed().get(0).original().of(text)).isEqualTo(junk.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Apr 2, 2023 / 09:45;                        dateline",
            "Chủ nhật, 02/04/2023 - 09:45 (GMT+7);       dateline",
            "Updated: 02/04/2023 10:15 GMT+7;            dateline",
            "Published: April 2, 2023 | Updated: April 3, 2023; dateline",
            "2023-04-02T09:45:00Z;                       dateline",
            "Tags: Vietnam, Japan, maritime;             tags",
            "Tag (S):;                                   tags",
            "Keywords: diplomacy, ASEAN;                 tags",
            "Share on Facebook | Twitter | Email;        share",
            "Print;                                      share",
            "Follow us on Zalo;                          share",
            "Subscribe to our newsletter;                share",
            "Read more: Japan pledges patrol vessels;    read-more",
            "Related;                                    read-more",
            "RELATED NEWS;                               read-more",
            "See also: Coast guards hold drills;         read-more",
            "By Hoang Lan Anh;                           byline",
            "Reporter: Nguyen Van Minh;                  byline",
            "Advertisement;                              advert",
            "Home | World | Asia | Vietnam;              menu",
            "Home;                                       menu",
            "© 2023 Saigon Daily Herald. All rights reserved.; copyright",
    })
    void removesBoilerplateBetweenHeadlineAndBody(String junk, String rule) {
        assertRemoved(junk, rule, false);
    }

    @Test
    void removesAgencyStyleCreditLines() {
        assertRemoved("Reporting by Linh Pham; Editing by Tom Hogue", "byline", true);
        assertRemoved("Additional reporting by Mai Nguyen in Hanoi", "byline", true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Source;                  source-credit",
            "Source: VNA;             source-credit",
            "Sources: Reuters, AFP;   source-credit",
            "(Source: Kyodo News);    source-credit",
            "(VNA);                   source-credit",
            "VNA/VNS;                 source-credit",
            "Comment (0);             comments",
            "12 comments;             comments",
            "Leave a comment;         comments",
            "Hoang Lan Anh;           byline",
            "Thanh Tam;               byline",
    })
    void removesBoilerplateAtTheEnd(String junk, String rule) {
        assertRemoved(junk, rule, true);
    }

    @Test
    void recognisesAMenuLineByItsShapeNotItsWords() {
        String capsLabel = "HOT TOPICS Lunar New Year 2024 Vietnam - Japan 50 Years ASEAN Summit Jakarta Mekong Delta Drought";
        String fragments = "Politics Business Culture Sports Travel Opinion Video Photos Podcasts Newsletters Weather "
                + "Lifestyle Science Technology Health Education Environment Society Law World Asia";
        String restarts = "Lunar New Year 2024 Vietnam Japan diplomatic anniversary 50 Years Of Ties ASEAN Summit Jakarta "
                + "rescue operations Mekong Delta Drought Response Saigon Metro Line 1 Opening";
        String spacedBar = "HOME  POLITICS  ECONOMY  WORLD  SOCIETY  E-PAPER";
        for (String menu : List.of(capsLabel, fragments, restarts, spacedBar)) {
            CleanText result = clean(menu + "\n\n" + HEADLINE + "\n\n" + BODY1);
            assertThat(result.text()).startsWith(HEADLINE);
            assertThat(result.removed()).extracting(CleanText.RemovedLine::rule).containsExactly("menu");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Source: the ministry said on Monday that the talks had been constructive and would continue next month.",
            "Sources said the two ministers also discussed a visit by the Japanese prime minister.",
            "By 2030, the two countries aim to double two-way trade to 100 billion USD.",
            "Related talks were held in Hanoi on April 2, 2023, officials said.",
            "Read more about the agreement in the joint statement released on Monday.",
            "The leaders will share their views on the East Sea issue at the summit.",
            "The comments drew criticism from Beijing on Tuesday.",
            "Tags on the containers showed they had been shipped from Haiphong.",
            "Home Affairs Minister Pham Thi Thanh Tra attended the ceremony.",
            "Trending upwards, bilateral trade reached 50 billion USD last year.",
            "Print media in both countries covered the visit extensively.",
            "VIETNAM AND JAPAN TO DEEPEN MARITIME COOPERATION",
            "Japan Vietnam Sign Agreement On Coast Guard Training At Tokyo Ceremony Attended By Both Foreign Ministers Today",
    })
    void keepsBodyLinesThatOnlyMentionDatesSourcesOrBoilerplateWords(String body) {
        String text = HEADLINE + "\n" + body + "\n" + BODY1;
        assertThat(clean(text).text()).isEqualTo(text);
    }

    @Test
    void aLoneNameInsideTheArticleIsKept() {
        String text = HEADLINE + "\nHoang Lan Anh\n" + BODY1;
        assertThat(clean(text).text()).isEqualTo(text);
    }

    @Test
    void removesTrailingJunkInAnyOrderUntilNothingIsLeft() {
        String text = HEADLINE + "\n" + BODY1 + "\nHoang Lan Anh\nTag (S):\n \u00a0\n\t\nComment (0)\n";
        CleanText result = clean(text);
        assertThat(result.text()).isEqualTo(HEADLINE + "\n" + BODY1);
        assertThat(result.removed()).extracting(CleanText.RemovedLine::rule)
                .containsExactly("byline", "tags", "whitespace", "whitespace", "comments");
    }

    @Test
    void collapsesBlankLinesAndKeepsParagraphBreaks() {
        String text = "\n\n" + HEADLINE + "\n\n\n\n" + BODY1 + "\n" + BODY2 + "\n\n";
        assertThat(clean(text).text()).isEqualTo(HEADLINE + "\n\n" + BODY1 + "\n" + BODY2);
    }

    @Test
    void normalisesLineBreaksAndTrimsLineEdgesOnly() {
        String text = HEADLINE + "\r\n\r\n  " + BODY1 + "\u00a0\r" + BODY2 + " \u2028" + BODY2;
        CleanText result = clean(text);
        assertThat(result.text()).isEqualTo(HEADLINE + "\n\n" + BODY1 + "\n" + BODY2 + "\n" + BODY2);
        int body1 = result.text().indexOf(BODY1);
        Span original = result.map().toOriginal(new Span(body1, body1 + BODY1.length()));
        assertThat(original.of(text)).isEqualTo(BODY1);
    }

    @Test
    void unchangedRegionsAreOneSegment() {
        String text = HEADLINE + "\n\n" + BODY1 + "\n" + BODY2;
        assertThat(clean(text).map().segments()).hasSize(1);
    }

    @Test
    void emptyAndBlankTextsCleanToEmpty() {
        assertThat(clean("").text()).isEmpty();
        assertThat(clean(" \n\u00a0\r\n\t").text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The two ministers co-chaired the dialogue in Tokyo. Photo: Ministry of Foreign Affairs |",
            "Foreign Minister Bui Thanh Son holds talks with his Japanese counterpart on May 28 (Photo: VNA)",
            "Japanese Foreign Minister Yoko Kamikawa (left) greets her Vietnamese counterpart.",
            "Delegates pose for a group photo (second from right: Ambassador Yamada) in Tokyo",
            "The ministers at the signing ceremony. Photo by Kyodo",
            "Photo: The two delegations at the talks in Tokyo.",
            "Prime Minister Pham Minh Chinh welcomes the Japanese delegation at the Presidential Palace, 14 May 2024.",
            "President Lula greets Chancellor Scholz at the airport, Monday, December 4, 2023",
    })
    void marksCaptionsWithAPhotoCreditOrAPositionMarker(String caption) {
        String text = HEADLINE + "\n" + BODY1 + "\n" + caption + "\n" + BODY2;
        CleanText result = clean(text);
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.captions()).hasSize(1);
        assertThat(result.captions().get(0).of(result.text())).isEqualTo(caption);
    }

    @Test
    void marksAShortLineRepeatingTheBodyAsCaption() {
        String body = "Japanese Foreign Minister Yoko Kamikawa and Vietnamese Foreign Minister Bui Thanh Son met in Tokyo, "
                + "Japan, on Monday to discuss maritime cooperation and trade.";
        String caption = "Japanese Foreign Minister Yoko Kamikawa and Vietnamese Foreign Minister Bui Thanh Son in Tokyo, Japan";
        CleanText result = clean(HEADLINE + "\n\n" + body + "\n\n" + caption + "\n\n" + BODY2);
        assertThat(result.captions()).extracting(s -> s.of(result.text())).containsExactly(caption);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The two ministers signed the agreement in Hanoi on Monday, March 25, 2024.",
            "Trade between the two countries has doubled since September, 2021.",
            "Talks resumed in Geneva, March 3, 2024. Both sides said the mood was constructive and agreed to meet again.",
    })
    void doesNotMarkProseThatLeadsIntoItsDateAsADatedCaption(String prose) {
        CleanText result = clean(HEADLINE + "\n" + BODY1 + "\n" + prose + "\n" + BODY2);
        assertThat(result.captions()).isEmpty();
    }

    @Test
    void doesNotMarkHeadingsOrShortSentencesAsCaptions() {
        String heading = "Prime Minister hosts Japanese Foreign Minister";
        String body = "Prime Minister Pham Minh Chinh received Japanese Foreign Minister Yoko Kamikawa in Hanoi on Tuesday, "
                + "calling for more investment.";
        String shortSentence = "Kamikawa met Son in Tokyo on Monday.";
        CleanText result = clean(HEADLINE + "\n" + BODY1 + "\n" + heading + "\n" + body + "\n" + shortSentence);
        assertThat(result.captions()).isEmpty();
    }
}

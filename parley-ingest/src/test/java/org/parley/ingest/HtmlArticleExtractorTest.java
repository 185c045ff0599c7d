package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

class HtmlArticleExtractorTest {

    private static final String BODY = """
            <article>
            <p>The foreign minister arrived in the neighbouring capital on Thursday for talks with the
            president about the disputed river crossing and the trade agreement signed last year.</p>
            <p>Both sides said afterwards that the meeting had been useful, and a working group of officials
            will meet next month to prepare a draft text for the two governments to consider.</p>
            <p>The minister is expected to travel on to the coast on Friday, where she will visit the new
            container terminal built with money from a regional development fund.</p>
            </article>""";

    @TempDir
    Path dir;

    @Test
    void extractsMainTextAndMetadataFromANewsPage() throws IOException {
        String path = Reading.fixture("html/ministers-meet.html");
        RawArticle article = Reading.of(path).only();

        assertThat(article.format()).isEqualTo(SourceFormat.HTML);
        assertThat(article.origin().doc()).isEqualTo("ministers-meet.html");
        assertThat(article.title()).isEqualTo("Ministers agree on harbour patrol data");
        assertThat(article.url()).isEqualTo("https://gazette.example.org/world/2024/03/ministers-meet-valmora");
        assertThat(article.site()).isEqualTo("The Harbour Gazette");
        assertThat(article.declaredLanguage()).isEqualTo("en-GB");
        assertThat(article.publishedMetadata()).isEqualTo("2024-03-26T20:20:00+07:00");
        assertThat(article.markup()).isEqualTo(Files.readString(Path.of(path)));
        assertThat(article.fallbackTime()).isNull();
    }

    @Test
    void keepsParagraphsAsBlankLineSeparatedBlocksAndDropsBoilerplate() {
        String text = Reading.of(Reading.fixture("html/ministers-meet.html")).only().text();

        assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(text).contains("late in the evening.\n\nThe talks, the first")
                .contains("later round of negotiations.\nA second line in the same paragraph.")
                .doesNotContain("Subscribe", "Most read", "Copyright", "Weather", "analytics");
        assertThat(text.lines()).allMatch(line -> line.equals(line.strip()));
        assertThat(text).doesNotContain("\n\n\n");
    }

    @Test
    void readsTimeElementAndTitleTagWhenNoOpenGraph() {
        RawArticle article = Reading.of(Reading.fixture("html/time-element.html")).only();

        assertThat(article.publishedMetadata()).isEqualTo("2023-11-07T09:15:00Z");
        assertThat(article.title()).isEqualTo("Envoy visits the capital");
        assertThat(article.url()).isNull();
        assertThat(article.site()).isNull();
        assertThat(article.declaredLanguage()).isNull();
        assertThat(article.text()).contains("border crossings").contains("\n\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            article:published_time meta | <meta property="article:published_time" content="2024-01-02T03:04:05Z"> | | 2024-01-02T03:04:05Z
            JSON-LD array of types      | <script type="application/ld+json">[{"@type":"Organization"},{"@type":"ReportageNewsArticle","datePublished":"2022-06-01"}]</script> | | 2022-06-01
            JSON-LD nested in graph     | <script type="application/ld+json">{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2021-02-03T10:00:00+01:00"}}]}</script> | | 2021-02-03T10:00:00+01:00
            broken JSON-LD then meta    | <script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="pubdate" content="2020-05-06"> | | 2020-05-06
            itemprop datePublished      | | <span itemprop="datePublished" content="2019-09-09T09:09:09Z">9 Sept</span> | 2019-09-09T09:09:09Z
            time pubdate beats time     | | <time datetime="2018-01-01">old</time><time pubdate datetime="2018-08-08">new</time> | 2018-08-08
            """)
    void findsThePublicationTimeWhereverTheMetadataPutsIt(String name, String head, String bodyExtra, String expected) {
        String html = "<html><head>" + (head == null ? "" : head) + "</head><body>"
                + (bodyExtra == null ? "" : bodyExtra) + BODY + "</body></html>";
        Outcome<RawArticle> outcome = new HtmlArticleExtractor()
                .extract(html, null, Origin.file("x.html", "x.html"), SourceFormat.HTML, null);

        assertThat(((Outcome.Accepted<RawArticle>) outcome).value().publishedMetadata()).isEqualTo(expected);
    }

    @Test
    void usesThePageUrlForSiteAndRelativeCanonicalLinks() {
        String html = "<html><head><link rel=\"canonical\" href=\"/politics/talks\"></head><body>" + BODY + "</body></html>";
        Instant captured = Instant.parse("2024-03-27T00:00:00Z");
        RawArticle article = ((Outcome.Accepted<RawArticle>) new HtmlArticleExtractor().extract(html,
                "https://www.example.net/politics/talks?ref=home", Origin.file("c.warc", "c.warc"),
                SourceFormat.WARC, captured)).value();

        assertThat(article.url()).isEqualTo("https://www.example.net/politics/talks");
        assertThat(article.site()).isEqualTo("example.net");
        assertThat(article.fallbackTime()).isEqualTo(captured);
    }

    @Test
    void rejectsAPageWithoutArticleText() {
        String path = Reading.fixture("html/no-article.html");
        assertThat(Reading.of(path).onlyRejection()).isEqualTo(path + ": no article text found");
    }

    @Test
    void sniffsHtmlByContentWhateverTheExtension() throws IOException {
        Path file = dir.resolve("saved-page.txt");
        Files.writeString(file, "\n  <!doctype html><html><body>" + BODY + "</body></html>");
        RawArticle article = Reading.of(file.toString()).only();
        assertThat(article.format()).isEqualTo(SourceFormat.HTML);
        assertThat(article.text()).doesNotContain("<p>").contains("container terminal");
    }

    @Test
    void honoursADeclaredLegacyCharset() throws IOException {
        Path file = dir.resolve("legacy.html");
        Files.write(file, ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>" + BODY.replace("coast", "C\u00f4te") + "</body></html>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(Reading.of(file.toString()).only().text()).contains("C\u00f4te");
    }

    @Test
    void rejectsAPageNestedTooDeeplyAndReadsOneNestedDeepButWithinTheLimit() throws IOException {
        int over = HtmlArticleExtractor.MAX_DEPTH + 50, within = HtmlArticleExtractor.MAX_DEPTH - 50;
        Path deep = Files.writeString(dir.resolve("deep.html"),
                "<html><body>" + "<div>".repeat(over) + BODY + "</div>".repeat(over) + "</body></html>");
        Path fine = Files.writeString(dir.resolve("fine.html"),
                "<html><body>" + "<div>".repeat(within) + BODY + "</div>".repeat(within) + "</body></html>");

        assertThat(Reading.of(deep.toString()).onlyRejection())
                .isEqualTo(deep + ": HTML nested too deeply (more than 256 levels) to extract an article");
        assertThat(Reading.of(fine.toString()).only().text()).startsWith("The foreign minister arrived");
    }
}

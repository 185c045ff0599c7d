package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.ArticleStatus;
import org.parley.model.CleanText;
import org.parley.model.Dependency;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.OffsetMap;
import org.parley.model.Origin;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.RawArticle;
import org.parley.model.Sentence;
import org.parley.model.SourceFormat;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/** Articles written for these tests (invented text), each fully determined by a number. */
final class SampleArticles {

    private SampleArticles() {
    }

    /** The id article {@code n} gets: a hash, so ids are not in ingest order. */
    static ArticleId id(int n) {
        return new ArticleId(sha256("sample article " + n).substring(0, 32));
    }

    /** The clean text of article {@code n}: a few paragraphs, long enough to span database pages. */
    static String text(int n) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            text.append("Paragraph ").append(p).append(" of report ").append(n)
                    .append(": the foreign minister of Examplia met her counterpart from Samplestan on Tuesday ")
                    .append("to discuss trade, fisheries and a bridge across the river Testa. ")
                    .append("Officials said the talks in Port Fixture would resume next month.\n\n");
        }
        return text.toString();
    }

    /** Article {@code n} with a plain-text origin, no URL and no date. */
    static Article numbered(int n) {
        String text = text(n);
        RawArticle raw = RawArticle.text(Origin.file("in/report-" + n + ".txt", "report-" + n + ".txt"),
                SourceFormat.TEXT, text);
        return new Article(id(n), null, raw, new CleanText(text, List.of(), List.of(), OffsetMap.identity(text.length())),
                "en", PublicationDate.UNKNOWN, ArticleStatus.STORED, null,
                Instant.parse("2024-05-01T10:00:00Z").plusSeconds(n));
    }

    /** An article with every field set: HTML markup, URL, a dated publication, captions and removed lines. */
    static Article full(int n, String url, PublicationDate published) {
        String original = "Menu | Home | World\n" + text(n) + "Photo: the two ministers in Port Fixture.\n";
        int bodyStart = "Menu | Home | World\n".length();
        String clean = original.substring(bodyStart);
        int captionStart = clean.indexOf("Photo:");
        RawArticle raw = new RawArticle(new Origin(url, "crawl/part-0001.jsonl", "line " + (n + 1)),
                SourceFormat.JSONL, original, "Ministers meet over bridge " + n, url, "example-news.test",
                "en", "2024-03-26T20:20:00+07:00", Instant.parse("2024-03-27T01:02:03.456789Z"),
                "<html><body><nav>Menu</nav><article>" + clean.replace("\n", "<br>") + "</article></body></html>");
        CleanText cleanText = new CleanText(clean, List.of(new Span(captionStart, clean.length() - 1)),
                List.of(new CleanText.RemovedLine(new Span(0, bodyStart - 1), "navigation")),
                new OffsetMap(List.of(new OffsetMap.Segment(0, bodyStart, clean.length()))));
        return new Article(id(n), null, raw, cleanText, "en", published, ArticleStatus.STORED, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    static PublicationDate.Dated datedWithOffset() {
        return new PublicationDate.Dated(LocalDateTime.of(2024, 3, 26, 20, 20), true, ZoneOffset.ofHours(7),
                PublicationDate.ZoneBasis.STATED, PublicationDate.Source.METADATA, "2024-03-26T20:20:00+07:00");
    }

    static PublicationDate.Dated dayOnly() {
        return new PublicationDate.Dated(LocalDateTime.of(2023, 9, 1, 0, 0), false, null,
                PublicationDate.ZoneBasis.NONE, PublicationDate.Source.DATELINE, "Sept 1, 2023");
    }

    static PublicationDate.WithoutYear withoutYear() {
        return new PublicationDate.WithoutYear(MonthDay.of(1, 7), PublicationDate.Source.DATELINE, "Kathmandu, Jan 7 (PTI)");
    }

    /** A small but complete annotation of {@link #text(int)}'s first sentence. */
    static AnnotatedText annotation(String annotator) {
        List<Token> tokens = List.of(
                new Token("Paragraph", new Span(0, 9), PartOfSpeech.NOUN, "paragraph", EntityType.NONE),
                new Token("minister", new Span(40, 48), PartOfSpeech.NOUN, "minister", EntityType.TITLE),
                new Token("Examplia", new Span(52, 60), PartOfSpeech.PROPER_NOUN, "Examplia", EntityType.COUNTRY),
                new Token("Tuesday", new Span(100, 107), PartOfSpeech.PROPER_NOUN, "Tuesday", EntityType.DATE));
        Sentence sentence = new Sentence(0, new Span(0, 160), tokens,
                List.of(new Dependency("root", -1, 1), new Dependency("nmod", 1, 2)));
        return new AnnotatedText(annotator, List.of(sentence),
                List.of(new EntityMention("Examplia", new Span(52, 60), EntityType.COUNTRY, null, 0),
                        new EntityMention("$5 million", new Span(110, 120), EntityType.MONEY, "$5.0E6", 0)),
                List.of(new TimeExpression("on Tuesday", new Span(97, 107), "DATE", "2024-03-26", 0),
                        new TimeExpression("next month", new Span(150, 160), "DATE", null, 0)));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

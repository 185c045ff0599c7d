package org.parley.ingest;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Turns the body of a fetched web page into an article by the same path as an HTML file: decoding
 * (declared charset, else UTF-8, else detected), then {@link HtmlArticleExtractor} (Readability,
 * metadata dates). A {@code text/plain} body becomes a plain-text article. Binary bodies and other
 * content types are rejected. Stateless and thread-safe.
 */
public final class WebPageReader {

    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /**
     * @param body         the page's bytes, already within the size limit
     * @param contentType  the {@code Content-Type} header, or null
     * @param url          the page's URL (after redirects): the origin's doc and the base for links
     * @param fallbackTime a time to carry along when the page states none (the feed item's date), or null
     * @param notes        hears a guessed encoding, as {@code url: decoded as ... (detected, not UTF-8)}
     */
    public Outcome<RawArticle> read(byte[] body, String contentType, String url, Instant fallbackTime,
                                    Consumer<String> notes) {
        Origin origin = new Origin(url, url, null);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        FormatSniffer.Verdict verdict = FormatSniffer.sniff(body, body.length, true, "page.html");
        switch (verdict.kind()) {
            case EMPTY, BINARY, UTF16 -> {
                return Outcome.rejected(origin, verdict.detail().replace("file", "page"));
            }
            default -> {
            }
        }
        boolean plain = type.equals("text/plain");
        if (!plain && !type.isEmpty() && !type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            return Outcome.rejected(origin, "not a web page (" + type + ")");
        }
        TextDecoding.Decoded decoded = plain ? TextDecoding.decode(body, charsetOf(contentType))
                : HtmlDecoding.decode(body, charsetOf(contentType));
        if (decoded.guessed()) {
            notes.accept(url + ": " + decoded.note());
        }
        if (plain) {
            String text = StrictUtf8.normaliseNewlines(decoded.text());
            return Outcome.accepted(new RawArticle(origin, SourceFormat.TEXT, text, null, url,
                    HtmlArticleExtractor.host(url), null, null, fallbackTime, null));
        }
        return html.extract(decoded.text(), url, origin, SourceFormat.HTML, fallbackTime);
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}

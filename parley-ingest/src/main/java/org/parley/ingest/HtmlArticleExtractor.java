package org.parley.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.parley.model.Origin;
import org.parley.model.Outcome;
import org.parley.model.RawArticle;
import org.parley.model.SourceFormat;

/**
 * Turns one HTML page into a {@link RawArticle}: the main text found by Readability (Mozilla's
 * boilerplate-removal algorithm, via readability4j) with paragraphs separated by blank lines, and
 * the page's metadata: title, canonical URL, site name, declared language and the publication time
 * as the metadata writes it. The original markup is kept in {@link RawArticle#markup()}.
 *
 * <p>Publication time, first found wins: {@code article:published_time}; JSON-LD
 * {@code datePublished} of an {@code Article}/{@code NewsArticle}/{@code ReportageNewsArticle} (or
 * another news subtype), also inside {@code @graph} and arrays; {@code itemprop="datePublished"};
 * {@code <time pubdate>}; {@code pubdate}/{@code publishdate}/Dublin Core meta tags; the first
 * {@code <time datetime>}. It is passed on as written; dating is a later stage.
 *
 * <p>A page nested deeper than {@value #MAX_DEPTH} levels is rejected before Readability sees it:
 * Readability walks the tree recursively, so such a page would overflow the stack, and its time
 * grows with the square of the depth (2,000 levels took half a minute). Real pages nest a few
 * dozen levels.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    /** The deepest element nesting extracted; deeper pages are rejected. */
    static final int MAX_DEPTH = 256;

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
            "liveblogposting", "report");

    private static final List<String> PUBDATE_META = List.of(
            "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
            "dc.date", "parsely-pub-date", "sailthru.date", "date");

    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /**
     * @param html         the page as characters
     * @param pageUrl      the URL the page was fetched from (resolves relative links), or null
     * @param origin       where the page came from, for the result and for rejections
     * @param format       {@link SourceFormat#HTML} or {@link SourceFormat#WARC}
     * @param fallbackTime capture time to carry along, or null
     * @return the article, or a rejection {@code no article text found}
     */
    public Outcome<RawArticle> extract(String html, String pageUrl, Origin origin, SourceFormat format,
                                       Instant fallbackTime) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        if (deeperThan(doc, MAX_DEPTH)) {
            return Outcome.rejected(origin, "HTML nested too deeply (more than " + MAX_DEPTH
                    + " levels) to extract an article");
        }
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String url = firstNonBlank(canonical(doc), absoluteUrl(meta(doc, "og:url")), pageUrl);
        String site = firstNonBlank(meta(doc, "og:site_name"), host(url));
        String lang = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                httpEquiv(doc, "content-language"));
        String published = publishedTime(doc);

        if (doc.body() == null || doc.body().text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            // Readability would fall back to the <title>; a page whose body has no text has no article.
            return Outcome.rejected(origin, "no article text found");
        }
        // Readability rewrites the tree it is given; metadata above was read from the untouched one.
        Article article = new Readability4JExtended(pageUrl == null ? "http://localhost/" : pageUrl, doc.clone())
                .parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : BlockText.of(content);
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Outcome.rejected(origin, "no article text found");
        }
        if (title == null) {
            title = blankToNull(article.getTitle());
        }
        return Outcome.accepted(new RawArticle(origin, format, text, title, url, site, lang, published,
                fallbackTime, html));
    }

    /** Whether some node lies more than {@code levels} deep; jsoup's traversal is not recursive. */
    private static boolean deeperThan(Document doc, int levels) {
        boolean[] deep = {false};
        NodeTraversor.filter((node, depth) -> {
            if (depth > levels) {
                deep[0] = true;
                return NodeFilter.FilterResult.STOP;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, doc);
        return deep[0];
    }

    private static String publishedTime(Document doc) {
        String found = meta(doc, "article:published_time");
        if (found != null) {
            return found;
        }
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                Optional<String> date = jsonLdDate(LENIENT_JSON.readTree(script.data()));
                if (date.isPresent()) {
                    return date.get();
                }
            } catch (Exception e) {
                // Broken JSON-LD is common on news sites; the other sources may still date the page.
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String value = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
            if (value != null) {
                return value;
            }
        }
        Element pubdate = doc.selectFirst("time[pubdate][datetime]");
        if (pubdate != null && !pubdate.attr("datetime").isBlank()) {
            return pubdate.attr("datetime").strip();
        }
        for (String name : PUBDATE_META) {
            String value = meta(doc, name);
            if (value != null) {
                return value;
            }
        }
        Element time = doc.selectFirst("article time[datetime]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return time == null ? null : blankToNull(time.attr("datetime"));
    }

    /** Depth-first search for an article-typed node's {@code datePublished}. */
    private static Optional<String> jsonLdDate(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> date = jsonLdDate(item);
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticleType(node.get("@type"))) {
            JsonNode date = node.get("datePublished");
            if (date != null && date.isArray() && !date.isEmpty()) {
                date = date.get(0);
            }
            if (date != null && date.isValueNode() && !date.asText().isBlank()) {
                return Optional.of(date.asText().strip());
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                Optional<String> date = jsonLdDate(child);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(name.substring(slash + 1).toLowerCase(Locale.ROOT));
    }

    private static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
                    || key.equalsIgnoreCase(e.attr("itemprop"))) {
                String value = blankToNull(e.attr("content"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element e : doc.select("meta[http-equiv][content]")) {
            if (key.equalsIgnoreCase(e.attr("http-equiv"))) {
                return blankToNull(e.attr("content"));
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        for (Element link : doc.select("link[rel][href]")) {
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("canonical")) {
                    String url = firstNonBlank(link.absUrl("href"), absoluteUrl(link.attr("href")));
                    if (url != null) {
                        return url;
                    }
                }
            }
        }
        return null;
    }

    /** The value if it is an absolute http(s) URL; a relative one is useless without a base. */
    private static String absoluteUrl(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://") ? value.strip() : null;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            String kept = blankToNull(v);
            if (kept != null) {
                return kept;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

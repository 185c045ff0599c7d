package org.parley.ingest.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a feed document into its items: RSS and Atom by Rome, XML sitemaps (news sitemaps among
 * them) and sitemap indexes by crawler-commons. Links are resolved against the feed's URL; entries
 * without a link are left out. Stateless and thread-safe.
 */
final class FeedParser {

    /**
     * What a feed document lists.
     *
     * @param items    its entries, in document order
     * @param sitemaps for a sitemap index, the sitemaps it names (to be read as feeds themselves)
     */
    record Feed(List<FeedItem> items, List<String> sitemaps) {
        Feed {
            items = List.copyOf(items);
            sitemaps = List.copyOf(sitemaps);
        }
    }

    /** Thrown for a document that is neither a feed nor a sitemap. */
    static final class NotAFeedException extends Exception {
        NotAFeedException(String message) {
            super(message);
        }
    }

    private static final Pattern SITEMAP_ROOT = Pattern.compile("<(?:\\w+:)?(?:urlset|sitemapindex)[\\s>]");

    private FeedParser() {
    }

    static Feed parse(byte[] body, String contentType, String feedUrl) throws NotAFeedException {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        return SITEMAP_ROOT.matcher(head).find() ? sitemap(body, contentType, feedUrl) : syndication(body, feedUrl);
    }

    private static Feed syndication(byte[] body, String feedUrl) throws NotAFeedException {
        List<FeedItem> items = new ArrayList<>();
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(body))) {
            for (SyndEntry entry : new SyndFeedInput().build(xml).getEntries()) {
                String link = resolve(feedUrl, entry.getLink());
                if (link == null) {
                    continue;
                }
                String key = entry.getUri() == null || entry.getUri().isBlank() ? link : entry.getUri().strip();
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                items.add(new FeedItem(key, link, date == null ? null : date.toInstant()));
            }
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new NotAFeedException("not an RSS or Atom feed: " + e.getMessage());
        }
        return new Feed(items, List.of());
    }

    private static Feed sitemap(byte[] body, String contentType, String feedUrl) throws NotAFeedException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtensions();
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body,
                    URI.create(feedUrl).toURL());
            if (map instanceof SiteMapIndex index) {
                return new Feed(List.of(), index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList());
            }
            List<FeedItem> items = new ArrayList<>();
            for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
                URL link = entry.getUrl();
                Date date = entry.getLastModified();
                items.add(new FeedItem(link.toString(), link.toString(), date == null ? null : date.toInstant()));
            }
            return new Feed(items, List.of());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new NotAFeedException("not a sitemap: " + e.getMessage());
        }
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

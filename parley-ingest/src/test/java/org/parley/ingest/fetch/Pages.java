package org.parley.ingest.fetch;

import java.util.Locale;

/** News pages and feeds written for the fetcher tests (text invented for them). */
final class Pages {

    private Pages() {
    }

    /** A news page with a headline, a publication date in its metadata and a few paragraphs. */
    static String article(String headline, String body) {
        String paragraph = "<p>" + body + " Officials from both governments said the talks would continue "
                + "next month, and that a joint statement on trade and security was being prepared.</p>";
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title>"
                + "<meta property=\"article:published_time\" content=\"2026-05-04T09:00:00Z\"></head>"
                + "<body><nav>Home | World | Politics</nav><article><h1>" + headline + "</h1>"
                + paragraph.repeat(3) + "</article><footer>Copyright Loopback News</footer></body></html>";
    }

    /** An RSS 2.0 feed of the given paths on {@code site}, one item each, guid = path. */
    static String rss(LoopbackSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append(String.format(Locale.ROOT, "<item><title>Story %s</title><link>%s</link>"
                    + "<guid isPermaLink=\"false\">%s</guid><pubDate>Mon, 04 May 2026 08:00:00 GMT</pubDate></item>",
                    path, site.url(path), path));
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
                + "<link>" + site.url("/") + "</link><description>Test feed</description>" + items
                + "</channel></rss>";
    }
}

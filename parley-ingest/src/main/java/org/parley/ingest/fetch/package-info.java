/**
 * Following the web politely: {@link org.parley.ingest.fetch.PoliteFetcher} fetches one URL at a
 * time per host (robots.txt honoured, a delay between requests, an identifying User-Agent,
 * conditional GET, timeouts, retries with back-off, a size limit); {@link org.parley.ingest.fetch.FeedPoll}
 * reads RSS, Atom and news sitemaps and yields each new item's page as an article, and
 * {@link org.parley.ingest.fetch.UrlListSource} does the same for a list of URLs. What they remember
 * between runs (items seen, validators) is kept behind the core's {@code FeedState} port.
 */
package org.parley.ingest.fetch;

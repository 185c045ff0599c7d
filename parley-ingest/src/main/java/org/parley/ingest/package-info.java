/**
 * Readers that turn files, folders and standard input into {@code Outcome<RawArticle>}: plain
 * text, HTML (main text by Mozilla's Readability algorithm), news-please JSON and JSONL, and WARC
 * crawls, plain or gzip-compressed. The front door is {@link org.parley.ingest.FileArticleSource};
 * {@link org.parley.ingest.WebPageReader} reads a fetched page the same way (package {@code fetch}
 * fetches them), and {@link org.parley.ingest.TextDecoding} says how bytes became characters.
 * Everything else in this package is an implementation detail. Bad input becomes a rejection
 * naming the file (and record) and the reason; it never stops the rest of the batch.
 */
package org.parley.ingest;

/**
 * Full-text search over articles and event evidence, with facets by country, event type, year and
 * outlet. {@link org.parley.search.SearchIndex} is the one front door: build it from
 * {@link org.parley.search.SearchEntry} values, then {@link org.parley.search.SearchIndex#search}.
 * Lucene's types stay inside this package.
 */
package org.parley.search;

/**
 * Datelines and date stamps, the one place their shape is read: {@code HANOI, May 29 (Capital Wire) -},
 * {@code Updated: 26/03/2024 10:15 GMT+7}. {@link org.parley.core.dateline.DateGrammar} reads one
 * date expression into a {@link org.parley.core.dateline.Dateline};
 * {@link org.parley.core.dateline.DatelineParser} finds where a dateline or stamp stands in a raw line
 * (used before annotation by the cleaner, which removes stamp lines, and by
 * {@code dates.PublicationDateResolver}); {@link org.parley.core.dateline.DatelineReader} finds the
 * dateline opening an annotated article ({@link org.parley.core.dateline.ArticleDateline}, kept by the
 * article's analysis in {@code analysis.ArticleSections#dateline()}). Depends on the model only, so
 * that the cleaner, the analysis and the dates stage can all use it.
 */
package org.parley.core.dateline;

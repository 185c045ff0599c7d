/**
 * Publication dates: from metadata first, else from a dateline near the start of the text, else
 * the capture time, with the time zone where it is stated or can be learnt from the outlet's
 * domain ({@code outlet-zones.tsv}). Never the ingest time. Dates inside sentences are event
 * dates and are left to the extraction stages.
 * {@link org.parley.core.dates.PublicationDateResolver} is the entry point;
 * the dateline forms are read by {@link org.parley.core.dateline.DatelineParser} (package
 * {@code dateline}, shared with the cleaner, which removes date-stamp lines); the dateline of an
 * annotated article is found once by its analysis ({@link org.parley.core.analysis.ArticleSections#dateline()}).
 * Event dates: {@link org.parley.core.dates.EventDater} implements
 * {@link org.parley.core.dates.EventDating} by trying its dating rules in order: the expression
 * {@link org.parley.core.dates.ExpressionSelection} chooses, valued by
 * {@link org.parley.core.dates.TimexResolution} from SUTime values
 * ({@link org.parley.core.dates.TimexValue}), then the context and the publication date; missing
 * years are inferred by {@link org.parley.core.dates.YearInference} from tenures (each
 * {@link org.parley.core.dates.Participant}'s, in the office its title names) and
 * {@link org.parley.core.dates.YearClues} (anniversaries of the bundled {@code dates-milestones.tsv}).
 */
package org.parley.core.dates;

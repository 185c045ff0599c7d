/**
 * Actors: finds the people, organisations, countries and groups a text names, resolves short
 * forms ("Blinken", "the Secretary", "the PM", "both sides") to the full actor within an article,
 * and grounds each to a country, a sector and, for people, the role held at the event date and a
 * structured {@link org.parley.core.actors.Title} (office key, country, sector), using the text
 * itself ({@code titles.tsv}), the office-holders knowledge base and the bundled country data.
 *
 * <p>{@link org.parley.core.actors.ActorResolver} is the front door. It runs the passes listed in
 * {@code ActorPasses} over one {@code ArticleReading} per article (tokens, sections, claimed tokens,
 * references found so far, people met); each pass ({@code *Pass}) reads what earlier passes added
 * and adds one kind of reference. The word lists the passes use are TSV files beside these classes.
 */
package org.parley.core.actors;

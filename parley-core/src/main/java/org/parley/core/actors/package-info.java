/**
 * Actors: finds the people, organisations, countries and groups a text names, resolves short
 * forms ("Blinken", "the Secretary", "the PM", "both sides") to the full actor within an article,
 * and grounds each to a country, a sector and, for people, the role held at the event date, using
 * the text itself, the office-holders knowledge base and the bundled country data.
 */
package org.parley.core.actors;

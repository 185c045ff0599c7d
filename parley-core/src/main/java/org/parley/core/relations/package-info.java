/**
 * Relationships between two countries, read from stored reports and a bundled reference table:
 * framework levels and when each began, recurring formats (mechanisms) and their editions linked to
 * the event records of those meetings, milestones with their anniversaries, the conflicts between
 * the anniversaries and establishment dates reports give and the dated facts, and the visits and
 * meetings invited or planned, linked to the event records of those held. {@link RelationshipBuilder} is the
 * front door; the readers each do one job over a report's sentences. Word lists, ladders, formats
 * and facts are TSV resources beside these classes. Immutable and thread-safe once built.
 */
package org.parley.core.relations;

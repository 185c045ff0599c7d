/**
 * Relationships between two countries, read from stored reports and a bundled reference table:
 * framework levels and when each began, recurring formats (mechanisms) and their editions linked to
 * the event records of those meetings, milestones with their anniversaries, and the conflicts
 * between the anniversaries reports claim and the dated facts. {@link RelationshipBuilder} is the
 * front door; the readers each do one job over a report's sentences. Word lists, ladders, formats
 * and facts are TSV resources beside these classes. Immutable and thread-safe once built.
 */
package org.parley.core.relations;

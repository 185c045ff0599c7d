/**
 * Where a relationship between two countries stands and how it got there: the framework levels
 * it passed through, the recurring meeting formats (mechanisms) and their editions, the milestones
 * and the anniversaries outlets claim for them, and the conflicts between those claims. Immutable
 * records; every fact carries its sources (report sentences or a row of the reference table).
 */
package org.parley.model.relations;

/**
 * Where a relationship between two countries stands and how it got there: the framework levels
 * it passed through, the recurring meeting formats (mechanisms) and their editions, the milestones
 * and the anniversaries outlets claim for them, the conflicts between those claims, and the plans
 * (invitations, schedules) and the events they became. Immutable
 * records; every fact carries its sources (report sentences or a row of the reference table).
 */
package org.parley.model.relations;

/**
 * Cross-article consolidation: the event mentions of different articles that report the same real
 * event become one {@link org.parley.model.Event} that keeps every mention, with each field's
 * best-supported value and the {@link org.parley.model.Conflict}s between sources
 * ({@link org.parley.core.consolidate.EventConsolidator}); and the timelines of a dyad or an actor
 * built from consolidated events ({@link org.parley.core.consolidate.TimelineBuilder}). Pure,
 * deterministic and independent of input order.
 */
package org.parley.core.consolidate;

/**
 * Removes web boilerplate that survives text extraction (menus, date stamps, source credits,
 * comment counters, tag lists, share buttons, read-more links, bylines, copyright and advert
 * lines) while keeping photo captions, marked as such, and a map back to the original offsets.
 * {@link org.parley.core.clean.BoilerplateCleaner} is the entry point; the rules it applies are
 * listed in {@link org.parley.core.clean.BoilerplateRule}. Cleaning works on whole lines, never
 * rewrites inside a line, and is idempotent.
 */
package org.parley.core.clean;

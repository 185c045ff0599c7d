/**
 * Publication dates: from metadata first, else from a dateline in the text, with the time zone
 * where it is stated or can be learnt from the outlet. Never the ingest time.
 */
package org.parley.core.dates;

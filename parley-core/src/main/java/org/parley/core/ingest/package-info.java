/**
 * The ingest flow: read, clean, identify, detect language, date, store, annotate; with a summary
 * of what was new, duplicate, skipped or failed and why.
 */
package org.parley.core.ingest;

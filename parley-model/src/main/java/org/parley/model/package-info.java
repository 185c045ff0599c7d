/**
 * Parley's data: immutable records and sealed types that every other module shares. Nothing here
 * knows about files, databases or NLP libraries; it depends on {@code java.base} only, so the
 * core, the adapters and a Spark executor can all pass these values around.
 */
package org.parley.model;

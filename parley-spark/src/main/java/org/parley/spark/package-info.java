/**
 * The distributed job: reads articles from any Hadoop-compatible path, runs the engine's per-article
 * stages on Spark executors (one NLP pipeline per executor JVM), then the cross-document stages
 * (story blocking and linking, connected components, consolidation) keyed by the local engine's own
 * blocking keys, and writes Parquet tables with the fields of the JSONL contract. Maps datasets onto
 * core stages, nothing more: no stage is implemented twice.
 */
package org.parley.spark;

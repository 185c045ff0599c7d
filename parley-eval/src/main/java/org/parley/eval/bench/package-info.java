/**
 * Throughput benchmarks of the whole local engine: one run reads a fixed real corpus, brings it
 * through every stage (read, clean, date, language, NLP, extraction, store, stories, consolidation)
 * while timing each stage, runs the same texts through stock Stanford CoreNLP as the reference, and
 * measures heap, store size and how clustering grows with the number of articles. Entry point:
 * {@link org.parley.eval.bench.PipelineBench}; the CLI's {@code parley bench} prints its report.
 */
package org.parley.eval.bench;

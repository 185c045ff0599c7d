/**
 * JMH micro-benchmarks of the CPU-bound stages that need no big setup: boilerplate cleaning,
 * dateline parsing, events extraction on pre-annotated articles and story clustering of resampled
 * evidence. The texts are written for these benchmarks ({@link org.parley.bench.BenchTexts}). Run
 * with {@code bin/parley-jmh}; the end-to-end figures come from {@code parley bench} instead.
 */
package org.parley.bench;

package org.parley.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one pipeline's warm-up and timed run yield, and what a bench child JVM ({@link BenchChild})
 * hands back to its parent as JSON. Stock CoreNLP's has no stages, store or growth.
 *
 * @param run            the timed run
 * @param stageNanos     Parley's time per stage, summed over threads ({@link PipelineBench#STAGES})
 * @param nlpNanos       the NLP stage by CoreNLP step
 * @param storeBytes     size of the store after the run
 * @param storedArticles articles in the store after the run
 * @param failures       articles that failed, one message each
 * @param growth         clustering and consolidation cost at each store size asked for
 * @param peakHeapMb     peak heap in use in the JVM that ran it, loading and warm-up included
 */
public record PipelineRun(BenchReport.Run run, Map<String, Long> stageNanos, Map<String, Long> nlpNanos, long storeBytes,
                          long storedArticles, List<String> failures, List<BenchReport.Growth> growth, long peakHeapMb) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PipelineRun {
        Objects.requireNonNull(run, "run");
        stageNanos = Collections.unmodifiableMap(new LinkedHashMap<>(stageNanos));
        nlpNanos = Collections.unmodifiableMap(new LinkedHashMap<>(nlpNanos));
        failures = List.copyOf(failures);
        growth = List.copyOf(growth);
    }

    /** A run of annotation alone (stock CoreNLP). */
    public static PipelineRun annotationOnly(BenchReport.Run run, long peakHeapMb) {
        return new PipelineRun(run, Map.of(), Map.of(), 0, 0, List.of(), List.of(), peakHeapMb);
    }

    /** This run with the growth runs made after it and the peak heap of the JVM that ran both. */
    public PipelineRun withGrowth(List<BenchReport.Growth> growthRuns, long jvmPeakHeapMb) {
        return new PipelineRun(run, stageNanos, nlpNanos, storeBytes, storedArticles, failures, growthRuns, jvmPeakHeapMb);
    }

    /** This run as one JSON object (records' components by name; stage maps keep their order). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench run as JSON", e);
        }
    }

    public static PipelineRun fromJson(String json) {
        try {
            return JSON.readValue(json, PipelineRun.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a bench run: " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        try {
            Files.writeString(file, toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static PipelineRun read(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

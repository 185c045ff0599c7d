package org.parley.core.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param newArticles  articles stored for the first time
 * @param newVersions  new texts for URLs already stored (stored, linked to the earlier version)
 * @param duplicates   articles already stored (nothing changed)
 * @param skipped      stored but not analysed, by reason (e.g. {@code language fr})
 * @param failed       records that could not be read or analysed, one message each naming file/record and reason
 * @param annotated    articles annotated in this run (including ones left pending by an earlier, interrupted run)
 * @param extracted    articles whose events and commitments were extracted in this run
 * @param elapsed      wall-clock time of the run
 */
public record IngestSummary(int newArticles, int newVersions, int duplicates, Map<String, Integer> skipped,
                            List<String> failed, int annotated, int extracted, Duration elapsed) {

    public IngestSummary {
        skipped = Map.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int read() {
        return newArticles + newVersions + duplicates + skippedTotal() + failed.size();
    }

    /** Several lines for a terminal: counts, then each skip reason and each failure. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("new %d, new versions %d, duplicate %d, skipped %d, failed %d; annotated %d, "
                        + "events extracted from %d, in %.1f s%n", newArticles, newVersions, duplicates, skippedTotal(),
                failed.size(), annotated, extracted, elapsed.toMillis() / 1000.0));
        new TreeMap<>(skipped).forEach((reason, n) -> out.append("  skipped ").append(n).append(": ").append(reason).append('\n'));
        failed.forEach(f -> out.append("  failed: ").append(f).append('\n'));
        return out.toString();
    }
}

package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;

/**
 * Runs the story scaling bench on 1k, 10k and 100k resampled articles (seeds + demo + ECB+ dev) and
 * prints the table for docs/stories.md. Not a timed test: it checks only that every size finishes
 * and the synthetic stories are far fewer than the articles.
 */
class StoryScalingIT {

    @Test
    void scales() {
        StoryScalingBench bench = bench();

        System.out.println("| articles | stories | cluster time (ms) | peak heap (MB) |");
        System.out.println("|---:|---:|---:|---:|");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            StoryScalingBench.Row row = bench.run(n);
            System.out.println(row.line());
            assertThat(row.stories()).isBetween(1, n - 1);
        }
    }

    /**
     * Incremental assignment of a stream of 150 articles a day; sizes from {@code parley.assign.sizes}
     * (default 1,000 and 10,000; docs/bench.md has 1k/10k/100k/1M), each row timing the last
     * {@code parley.assign.window} single arrivals (default 500). 1M needs ~10 GB of heap: pass
     * {@code -Dfailsafe.heap=-Xmx12g} (the default heap is 6 GB).
     */
    @Test
    void assignsOneArrivalAtACost() {
        StoryScalingBench bench = bench();
        int[] sizes = java.util.Arrays.stream(System.getProperty("parley.assign.sizes", "1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int window = Integer.getInteger("parley.assign.window", 500);
        System.out.println("| articles | ms per arrival | CPU ms per arrival | seeds per arrival | articles re-clustered per arrival"
                + " | runs per arrival | candidate pairs per article | stories | total ms | peak heap (MB) | live bytes per article |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<StoryScalingBench.AssignmentRow> rows = bench.assignment(sizes, window, 150, 1);
        assertThat(rows).hasSize(sizes.length).allSatisfy(r -> assertThat(r.stories()).isBetween(1, r.articles() - 1));
    }

    private static StoryScalingBench bench() {
        Path ecb = SeedCorpus.sharedDir().resolve("bench/ecbplus-dev/docs");
        assumeTrue(Files.isDirectory(ecb), "../shared/bench/ecbplus-dev/docs is absent: skipping the scaling bench");
        List<AnnotatedCorpus.Item> items = new ArrayList<>(SeedCorpus.load());
        items.addAll(AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store")));
        items.addAll(AnnotatedCorpus.of(ecb, Path.of("target", "ecb-store")));
        List<StoryEvidence> real = CorpusEvidence.of(items);
        return new StoryScalingBench(real, StoryClusterer.withDefaults());
    }
}

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
        Path ecb = SeedCorpus.sharedDir().resolve("bench/ecbplus-dev/docs");
        assumeTrue(Files.isDirectory(ecb), "../shared/bench/ecbplus-dev/docs is absent: skipping the scaling bench");
        List<AnnotatedCorpus.Item> items = new ArrayList<>(SeedCorpus.load());
        items.addAll(AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store")));
        items.addAll(AnnotatedCorpus.of(ecb, Path.of("target", "ecb-store")));
        List<StoryEvidence> real = CorpusEvidence.of(items);
        StoryScalingBench bench = new StoryScalingBench(real, StoryClusterer.withDefaults());

        System.out.println("| articles | stories | cluster time (ms) | peak heap (MB) |");
        System.out.println("|---:|---:|---:|---:|");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            StoryScalingBench.Row row = bench.run(n);
            System.out.println(row.line());
            assertThat(row.stories()).isBetween(1, n - 1);
        }
    }
}

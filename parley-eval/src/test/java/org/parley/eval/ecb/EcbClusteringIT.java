package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.cluster.StoryClusterer;
import org.parley.eval.SeedCorpus;

/** Story clustering on the ECB+ dev documents: prints the scores and the script line. */
class EcbClusteringIT {

    @Test
    void clustersTheDevSubtopics() {
        Path docs = SeedCorpus.sharedDir().resolve("bench/ecbplus-dev/docs");
        assumeTrue(Files.isDirectory(docs), "../shared/bench/ecbplus-dev/docs is absent: skipping the ECB+ run");

        EcbClusteringRun.Result result = EcbClusteringRun.run(docs, Path.of("target", "ecb-store"),
                StoryClusterer.withDefaults());

        System.out.println(result.scriptLine());
        assertThat(result.scores().items()).isGreaterThan(700);
        // far better than one story per document (pairwise F1 0) or one story per topic (both subtopics merged)
        assertThat(result.scores().b3F1()).isGreaterThan(0.5);
        assertThat(result.scores().pairwiseF1()).isGreaterThan(0.3);
        // the published baseline, told the gold number of stories, makes exactly that many
        System.out.println(result.baselineLine());
        assertThat(result.baseline().clusters()).isEqualTo(result.baseline().goldClusters());
        assertThat(result.baseline().pairwiseF1()).isGreaterThan(0.5);
    }
}

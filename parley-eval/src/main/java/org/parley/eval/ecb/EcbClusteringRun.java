package org.parley.eval.ecb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.eval.AnnotatedCorpus;
import org.parley.model.Story;

/**
 * Story clustering on the ECB+ dev documents ({@code <docs>/<topic><ecb|ecbplus>/*.json}): each
 * subtopic folder is one gold story. Annotation is cached in the store directory, so only the first
 * run pays for CoreNLP.
 */
public final class EcbClusteringRun {

    /** What a run measured. */
    public record Result(ClusterScores scores, long clusterMillis) {
        /** The one-line summary scripts read. */
        public String scriptLine() {
            return String.format(Locale.ROOT,
                    "eval: set=ecb docs=%d gold_clusters=%d clusters=%d pairwise_p=%.3f pairwise_r=%.3f pairwise_f1=%.3f "
                            + "b3_p=%.3f b3_r=%.3f b3_f1=%.3f cluster_ms=%d",
                    scores.items(), scores.goldClusters(), scores.clusters(), scores.pairwiseP(), scores.pairwiseR(),
                    scores.pairwiseF1(), scores.b3P(), scores.b3R(), scores.b3F1(), clusterMillis);
        }
    }

    private EcbClusteringRun() {
    }

    public static Result run(Path docs, Path storeDir, StoryClusterer clusterer) {
        List<AnnotatedCorpus.Item> items = AnnotatedCorpus.of(docs, storeDir);
        Map<String, String> gold = new HashMap<>();
        for (AnnotatedCorpus.Item item : items) {
            Path folder = Path.of(item.article().raw().origin().path()).getParent();
            if (folder == null) {
                throw new IllegalArgumentException(item.doc() + ": not inside a subtopic folder");
            }
            gold.put(item.article().id().value(), folder.getFileName().toString());
        }
        List<StoryEvidence> evidence = CorpusEvidence.of(items);
        long start = System.nanoTime();
        List<Story> stories = clusterer.cluster(evidence);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(ClusterScores.of(labels(stories), gold), millis);
    }

    /** Article id to story id. */
    public static Map<String, String> labels(List<Story> stories) {
        Map<String, String> labels = new HashMap<>();
        for (Story s : stories) {
            s.articles().forEach(a -> labels.put(a.value(), s.id()));
        }
        return labels;
    }
}

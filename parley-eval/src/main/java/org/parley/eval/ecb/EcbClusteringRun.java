package org.parley.eval.ecb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /**
     * What a run measured: Parley's stories, and the published baseline's clusters of the same documents.
     *
     * @param baseline tf-idf K-means given the gold number of stories ({@link #baseline})
     */
    public record Result(ClusterScores scores, long clusterMillis, ClusterScores baseline) {
        /** The one-line summary scripts read. */
        public String scriptLine() {
            return line("", scores) + " cluster_ms=" + clusterMillis;
        }

        /** The baseline's line, in the same fields. */
        public String baselineLine() {
            return line("baseline=tfidf-kmeans-gold-k ", baseline);
        }

        private static String line(String system, ClusterScores s) {
            return String.format(Locale.ROOT,
                    "eval: set=ecb %sdocs=%d gold_clusters=%d clusters=%d pairwise_p=%.3f pairwise_r=%.3f pairwise_f1=%.3f "
                            + "b3_p=%.3f b3_r=%.3f b3_f1=%.3f",
                    system, s.items(), s.goldClusters(), s.clusters(), s.pairwiseP(), s.pairwiseR(), s.pairwiseF1(),
                    s.b3P(), s.b3R(), s.b3F1());
        }
    }

    /** The baseline's settings: Barhom et al. 2019's document clustering (scikit-learn's defaults where they set none). */
    static final int MIN_DOCS = 3;
    static final double MAX_DOC_SHARE = 0.5;
    static final int LONGEST_GRAM = 3;
    static final int RUNS = 20;
    static final int MAX_ITERATIONS = 200;
    static final long SEED = 665;

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
        return new Result(ClusterScores.of(labels(stories), gold), millis, baseline(items, gold));
    }

    /**
     * The published document-clustering baseline the issue measures stories against (Barhom et al. 2019):
     * K-means over tf-idf vectors of the headline and text, told the gold number of stories, which a stream
     * never knows. Run here on the same documents so the two read side by side.
     */
    static ClusterScores baseline(List<AnnotatedCorpus.Item> items, Map<String, String> gold) {
        List<String> texts = items.stream()
                .map(i -> Objects.requireNonNullElse(i.article().raw().title(), "") + "\n" + i.article().clean().text())
                .toList();
        TfidfDocuments tfidf = TfidfDocuments.of(texts, MIN_DOCS, MAX_DOC_SHARE, LONGEST_GRAM);
        int k = (int) gold.values().stream().distinct().count();
        SparseKMeans.Result clusters = new SparseKMeans(tfidf.vectors(), tfidf.dimensions()).cluster(k, RUNS, MAX_ITERATIONS, SEED);
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            labels.put(items.get(i).article().id().value(), "k" + clusters.labels()[i]);
        }
        return ClusterScores.of(labels, gold);
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

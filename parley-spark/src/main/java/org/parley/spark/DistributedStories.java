package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parley.core.cluster.StoryClusterer;
import org.parley.core.cluster.StoryEvidence;
import org.parley.core.cluster.TermWeights;
import org.parley.model.ArticleId;
import org.parley.model.Story;
import scala.Tuple2;
import scala.Tuple3;
import scala.Tuple4;

/**
 * The story stage of {@link StoryClusterer} as distributed steps, giving the same stories:
 * <ol>
 *   <li>each article's {@link StoryClusterer#blockingKeys blocking keys} → (key, article);</li>
 *   <li>group by key; blocks of 2 to {@code maxBlock} members give candidate pairs (deduplicated);</li>
 *   <li>each pair's {@link StoryClusterer#similarity}; each article's {@link StoryClusterer#scale} from
 *       all its pairs; each pair's {@link StoryClusterer#linkScore}, the local clusterer's own decision;</li>
 *   <li>{@link ConnectedComponents} of the links;</li>
 *   <li>per component, {@link StoryClusterer#clusterLinked}: the local merge (average linkage,
 *       never joining groups dated apart), exact on a component because merging never leaves one.</li>
 * </ol>
 */
final class DistributedStories {

    private DistributedStories() {
    }

    /** Stories (as {@link Story} JSON) of the articles, from (article id, {@link StoryEvidence} JSON). */
    static JavaRDD<String> of(JavaPairRDD<String, String> evidence) {
        evidence = evidence.persist(StorageLevel.MEMORY_AND_DISK());
        int maxBlock = StoryClusterer.withDefaults().settings().maxBlock();
        // the bundled background table: the same on every executor, so nothing is counted first
        Broadcast<TermWeights> weights = JavaSparkContext.fromSparkContext(evidence.context())
                .broadcast(TermWeights.background());
        JavaPairRDD<String, String> pairs = evidence
                .flatMapToPair(e -> {
                    StoryEvidence ev = ModelJson.read(e._2, StoryEvidence.class);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (String key : new TreeSet<>(StoryClusterer.withDefaults().blockingKeys(ev, weights.value()))) {
                        out.add(new Tuple2<>(key, e._1));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(block -> {
                    List<String> members = new ArrayList<>(new TreeSet<String>(toList(block._2)));
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    if (members.size() >= 2 && members.size() <= maxBlock) {
                        for (int x = 0; x < members.size(); x++) {
                            for (int y = x + 1; y < members.size(); y++) {
                                out.add(new Tuple2<>(members.get(x), members.get(y)));
                            }
                        }
                    }
                    return out.iterator();
                })
                .distinct();
        // (a, (b, similarity)), with both articles' evidence read once per pair
        JavaPairRDD<String, Tuple2<String, Double>> similar = pairs
                .join(evidence)
                .mapToPair(t -> new Tuple2<>(t._2._1, new Tuple2<>(t._1, t._2._2)))
                .join(evidence)
                .mapToPair(t -> {
                    StoryEvidence a = ModelJson.read(t._2._1._2, StoryEvidence.class);
                    StoryEvidence b = ModelJson.read(t._2._2, StoryEvidence.class);
                    double sim = StoryClusterer.withDefaults().similarity(a, b, weights.value());
                    return new Tuple2<>(t._2._1._1, new Tuple2<>(t._1, sim));
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Double> scale = similar
                .flatMapToPair(t -> List.of(new Tuple2<>(t._1, t._2._2), new Tuple2<>(t._2._1, t._2._2)).iterator())
                .groupByKey()
                .mapValues(sims -> StoryClusterer.withDefaults().scale(toList(sims)));
        // (a, "b\tscore") for the pairs that link
        JavaPairRDD<String, String> links = similar
                .join(scale)
                .mapToPair(t -> new Tuple2<>(t._2._1._1, new Tuple3<>(t._1, t._2._1._2, t._2._2)))
                .join(scale)
                .mapToPair(t -> new Tuple2<>(t._2._1._1(), new Tuple4<>(t._1, t._2._1._2(), t._2._1._3(), t._2._2)))
                .join(evidence)
                .mapToPair(t -> new Tuple2<>(t._2._1._1(), new Tuple2<>(t._1, t._2)))
                .join(evidence)
                .mapToPair(t -> {
                    // (b, ((a, ((b, similarity, scale a, scale b), evidence a)), evidence b))
                    String a = t._2._1._1;
                    Tuple4<String, Double, Double, Double> pair = t._2._1._2._1;
                    StoryEvidence evA = ModelJson.read(t._2._1._2._2, StoryEvidence.class);
                    StoryEvidence evB = ModelJson.read(t._2._2, StoryEvidence.class);
                    double score = StoryClusterer.withDefaults().linkScore(evA, evB, pair._2(), pair._3(), pair._4());
                    return new Tuple2<>(a, t._1 + "\t" + score);
                })
                .filter(t -> Double.parseDouble(t._2.substring(t._2.indexOf('\t') + 1)) > 0)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> edges = links.mapToPair(t -> new Tuple2<>(t._1, t._2.substring(0, t._2.indexOf('\t'))));
        JavaPairRDD<String, String> component = ConnectedComponents.of(evidence.keys(), edges);
        JavaPairRDD<String, String> membersByComponent = component.join(evidence)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2));
        JavaPairRDD<String, String> linksByComponent = links.join(component)
                .mapToPair(t -> new Tuple2<>(t._2._2, t._1 + "\t" + t._2._1));
        return membersByComponent.cogroup(linksByComponent).flatMap(g -> {
            List<StoryEvidence> members = new ArrayList<>();
            g._2._1.forEach(json -> members.add(ModelJson.read(json, StoryEvidence.class)));
            List<StoryClusterer.ScoredLink> scored = new ArrayList<>();
            for (String line : g._2._2) {
                String[] f = line.split("\t");
                scored.add(new StoryClusterer.ScoredLink(new ArticleId(f[0]), new ArticleId(f[1]), Double.parseDouble(f[2])));
            }
            List<String> stories = new ArrayList<>();
            for (Story story : StoryClusterer.withDefaults().clusterLinked(members, scored)) {
                stories.add(ModelJson.write(story));
            }
            return stories.iterator();
        });
    }

    // Document frequencies of words and names; a term met in one article only is left out (its
    // frequency, 1, is what TermWeights assumes for a term it does not hold).

    static <T> List<T> toList(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }
}

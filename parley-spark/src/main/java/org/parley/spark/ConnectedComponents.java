package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph by iterative minimum-label propagation: every node
 * starts with its own id as label and takes the smallest label among itself and its neighbours
 * until no label changes. The component's label is its smallest node id, so the result is
 * deterministic whatever the partitioning.
 *
 * <p>Design decision: distributed propagation rather than a union-find on the driver. A union-find
 * is faster while the edge list fits the driver's memory, but millions of articles give tens of
 * millions of candidate links; propagation needs as many rounds as the longest shortest path in a
 * component, which is small for stories (a few reports around one event). The lineage is cut every
 * few rounds so a long chain cannot overflow the stack.
 */
final class ConnectedComponents {
    private static final int CHECKPOINT_EVERY = 4;

    private ConnectedComponents() {
    }

    /**
     * (node, component label) for every node; nodes without edges are their own component.
     *
     * @param nodes every node, without repeats
     * @param edges undirected edges between nodes
     */
    static JavaPairRDD<String, String> of(JavaRDD<String> nodes, JavaPairRDD<String, String> edges) {
        JavaPairRDD<String, String> neighbours = edges
                .flatMapToPair(e -> List.of(e, new Tuple2<>(e._2, e._1)).iterator())
                .filter(e -> !e._1.equals(e._2))
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).persist(StorageLevel.MEMORY_AND_DISK());
        List<JavaPairRDD<String, String>> old = new ArrayList<>();
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> proposals = neighbours.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2));
            JavaPairRDD<String, String> next = labels.union(proposals)
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            if (round % CHECKPOINT_EVERY == 0) {
                next.rdd().localCheckpoint();
            }
            long changed = next.join(labels).filter(t -> !t._2._1.equals(t._2._2)).count();
            old.add(labels);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        old.forEach(JavaPairRDD::unpersist);
        neighbours.unpersist();
        return labels;
    }
}

package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.core.ingest.ArticleIds;

/**
 * Keeps the ids of clusters (stories, consolidated events) stable when the clusters are computed
 * again over more input: each new cluster takes the id of the previous cluster it shares the most
 * members with.
 *
 * <p>Contract, for new clusters with disjoint member sets and a previous assignment (id → members):
 * <ul>
 *   <li><b>unchanged</b>: a cluster with the same members as before keeps its id;</li>
 *   <li><b>grown</b>: a cluster that gained members (a new article joined the story) keeps its id;</li>
 *   <li><b>split</b>: of the clusters an old one split into, the one holding most of its members
 *       keeps its id; the others get fresh ids;</li>
 *   <li><b>merge</b>: a cluster that joins several old ones keeps the id of the one it shares most
 *       members with (ties: the larger old cluster, then the smaller id); the other ids retire;</li>
 *   <li><b>new</b>: a cluster sharing no member with an old one gets its fresh (content-derived)
 *       id, unless that id is already held or was held before, in which case a hash of the fresh id
 *       and the members is used, so an id never names two different things in one assignment and
 *       a retired id is not handed to another cluster.</li>
 * </ul>
 * Assignment is greedy over (new cluster, old id) pairs from the largest overlap, each old id going
 * to one new cluster at most. The result depends only on the clusters' member sets, their fresh ids
 * and the previous assignment, never on the order the clusters are given in.
 *
 * <p>Design decision: membership is recomputed over the whole corpus (order-independent) and only
 * the ids are carried over, rather than assigning each new article online to its best story:
 * online assignment depends on arrival order, which the stories issue rules out.
 *
 * <p>Stateless and thread-safe.
 */
public final class StableIds {

    /**
     * A cluster as computed now.
     *
     * @param freshId the id it gets when it continues no earlier cluster, e.g. {@code story-…} from
     *                its earliest article; must end in {@code -} and an id body
     * @param members the keys of its members (article ids, mention keys), at least one
     */
    public record Cluster(String freshId, Set<String> members) {
        public Cluster {
            Objects.requireNonNull(freshId, "freshId");
            if (freshId.indexOf('-') < 0) {
                throw new IllegalArgumentException("a fresh id needs a prefix ending in '-': " + freshId);
            }
            members = Set.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a cluster needs at least one member: " + freshId);
            }
        }
    }

    private StableIds() {
    }

    /**
     * The id of each cluster, in the order given.
     *
     * @param clusters the clusters as computed now; no member in two clusters
     * @param previous the last saved assignment (id → member keys); empty for a first run
     */
    public static List<String> assign(List<Cluster> clusters, Map<String, ? extends Collection<String>> previous) {
        return assign(clusters, previous, id -> false);
    }

    /**
     * The ids of the clusters that changed, against the saved clusters they overlap: what
     * {@link #assign(List, Map)} gives over everything, since an unchanged cluster keeps its id and
     * overlaps no changed one. A fresh id also avoids every id {@code heldElsewhere} says is taken
     * (the unchanged clusters' ids, retired ids).
     *
     * @param clusters      the clusters that changed
     * @param previous      the saved clusters holding a member of one of them (id → all its members)
     * @param heldElsewhere whether an id is held by a cluster not given, or was retired
     */
    public static List<String> assign(List<Cluster> clusters, Map<String, ? extends Collection<String>> previous,
                                      java.util.function.Predicate<String> heldElsewhere) {
        Map<String, String> oldIdOf = new HashMap<>();
        Map<String, Integer> oldSize = new TreeMap<>();
        previous.forEach((id, members) -> {
            oldSize.put(id, members.size());
            members.forEach(m -> oldIdOf.merge(m, id, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        });
        // a canonical order of the clusters (by their smallest member) so ties never follow input order
        List<Integer> order = new ArrayList<>();
        List<String> smallest = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            order.add(i);
            smallest.add(new TreeSet<>(clusters.get(i).members()).first());
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Map<String, Integer> shared = new TreeMap<>();
            for (String m : clusters.get(i).members()) {
                String old = oldIdOf.get(m);
                if (old != null) {
                    shared.merge(old, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : shared.entrySet()) {
                overlaps.add(new Overlap(i, e.getKey(), e.getValue(), oldSize.get(e.getKey()), smallest.get(i)));
            }
        }
        overlaps.sort(Comparator.comparingInt(Overlap::shared).reversed()
                .thenComparing(Comparator.comparingInt(Overlap::oldSize).reversed())
                .thenComparing(Overlap::oldId)
                .thenComparing(Overlap::smallestMember));
        String[] ids = new String[clusters.size()];
        Set<String> taken = new HashSet<>();
        for (Overlap o : overlaps) {
            if (ids[o.cluster()] == null && !taken.contains(o.oldId())) {
                ids[o.cluster()] = o.oldId();
                taken.add(o.oldId());
            }
        }
        // fresh ids last, in canonical order, avoiding every id held now or before
        Set<String> unavailable = new HashSet<>(taken);
        unavailable.addAll(previous.keySet());
        order.sort(Comparator.comparing(smallest::get));
        for (int i : order) {
            if (ids[i] != null) {
                continue;
            }
            Cluster c = clusters.get(i);
            String id = c.freshId();
            for (int attempt = 0; unavailable.contains(id) || heldElsewhere.test(id); attempt++) {
                String prefix = c.freshId().substring(0, c.freshId().lastIndexOf('-') + 1);
                id = prefix + ArticleIds.shortHash(c.freshId() + "|" + new TreeSet<>(c.members()) + "|" + attempt, 8);
            }
            ids[i] = id;
            unavailable.add(id);
        }
        return List.of(ids);
    }

    /**
     * Where the ids that {@link #assign} retired went: each id of {@code previous} that names no
     * cluster now, mapped to the id of the cluster holding most of its old members (ties: the
     * smaller id). An id whose members are all gone has no successor and is left out.
     *
     * @param clusters the clusters as computed now
     * @param ids      their ids, as {@link #assign} gave them
     * @param previous the assignment {@link #assign} was given
     */
    public static Map<String, String> successors(List<Cluster> clusters, List<String> ids,
                                                 Map<String, ? extends Collection<String>> previous) {
        if (clusters.size() != ids.size()) {
            throw new IllegalArgumentException(clusters.size() + " clusters but " + ids.size() + " ids");
        }
        Map<String, String> idOfMember = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String m : clusters.get(i).members()) {
                idOfMember.put(m, ids.get(i));
            }
        }
        Set<String> live = new HashSet<>(ids);
        Map<String, String> successors = new TreeMap<>();
        previous.forEach((oldId, members) -> {
            if (live.contains(oldId)) {
                return;
            }
            Map<String, Integer> shared = new TreeMap<>();
            for (String m : members) {
                String now = idOfMember.get(m);
                if (now != null) {
                    shared.merge(now, 1, Integer::sum);
                }
            }
            // TreeMap order makes the smaller id win ties
            shared.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(best -> successors.put(oldId, best.getKey()));
        });
        return successors;
    }

    /**
     * The id in use that {@code id} now stands for: itself when live, else its successor's, following
     * a chain of retirements; empty when it was never an id or its members are all gone.
     */
    public static java.util.Optional<String> current(String id, Set<String> live, Map<String, String> retired) {
        String at = id;
        Set<String> seen = new HashSet<>();
        while (!live.contains(at)) {
            if (!seen.add(at) || !retired.containsKey(at)) {
                return java.util.Optional.empty();
            }
            at = retired.get(at);
        }
        return java.util.Optional.of(at);
    }

    private record Overlap(int cluster, String oldId, int shared, int oldSize, String smallestMember) {
    }
}

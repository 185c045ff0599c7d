package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * The stable ids of the stories {@link IncrementalStories} keeps, carried over one
 * {@link IncrementalStories.Change} at a time: the changed stories get ids against the saved stories
 * they overlap ({@link StableIds#assign(List, Map, java.util.function.Predicate)}), which is what
 * {@link StableIds#assign(List, Map)} gives over all stories, at the cost of the change. A fresh id
 * avoids every id in use and every id retired before. Not thread-safe.
 */
public final class StableStoryIds {
    private final Map<String, String> idOf = new HashMap<>();        // article id → its story's stable id
    private final Map<String, Set<String>> membersOf = new HashMap<>(); // stable id → member article ids
    private final Map<String, String> retired;

    /**
     * What one step changed, to save.
     *
     * @param added   the changed stories under their stable ids
     * @param removed the ids whose stories went (some are in {@code added} again)
     * @param retired the ids no story holds any more, each with the id that took most of its members
     */
    public record Step(List<Story> added, Set<String> removed, Map<String, String> retired) {
        public Step {
            added = List.copyOf(added);
            removed = Set.copyOf(removed);
            retired = Map.copyOf(retired);
        }
    }

    /**
     * @param saved   the stories under their stable ids, as saved
     * @param retired the retired ids saved (retired id → successor)
     */
    public StableStoryIds(Collection<Story> saved, Map<String, String> retired) {
        saved.forEach(this::hold);
        this.retired = new HashMap<>(retired);
    }

    /**
     * Every story computed afresh, its ids carried over from the {@code previous} assignment (which
     * may differ from the ids held, e.g. after a crash); the ids held become these.
     */
    public Step reassign(List<Story> computed, Map<String, ? extends Collection<String>> previous) {
        List<StableIds.Cluster> clusters = clusters(computed);
        List<String> ids = StableIds.assign(clusters, previous, retired::containsKey);
        Map<String, String> successors = StableIds.successors(clusters, ids, previous);
        List<Story> stories = renamed(computed, ids);
        idOf.clear();
        membersOf.clear();
        stories.forEach(this::hold);
        retired.putAll(successors);
        return new Step(stories, previous.keySet(), successors);
    }

    /** The ids of the stories {@code change} made; the ids held are updated. */
    public Step apply(IncrementalStories.Change change) {
        Map<String, Set<String>> previous = new TreeMap<>();
        for (Story removed : change.removed()) {
            for (ArticleId a : removed.articles()) {
                String id = idOf.get(a.value());
                previous.put(id, membersOf.get(id));
            }
        }
        List<StableIds.Cluster> clusters = clusters(change.changed());
        List<String> ids = StableIds.assign(clusters, previous, id -> membersOf.containsKey(id) || retired.containsKey(id));
        Map<String, String> successors = StableIds.successors(clusters, ids, previous);
        List<Story> added = renamed(change.changed(), ids);
        previous.keySet().forEach(membersOf::remove);
        added.forEach(this::hold);
        retired.putAll(successors);
        return new Step(added, previous.keySet(), successors);
    }

    /** The stable id of the story an article is in, or null. */
    public String idOf(ArticleId article) {
        return idOf.get(article.value());
    }

    /** Every id held now, with its members (article ids). */
    public Map<String, Set<String>> assignment() {
        return new TreeMap<>(membersOf);
    }

    private void hold(Story s) {
        Set<String> members = s.articles().stream().map(ArticleId::value).collect(Collectors.toCollection(TreeSet::new));
        membersOf.put(s.id(), members);
        members.forEach(m -> idOf.put(m, s.id()));
    }

    private static List<StableIds.Cluster> clusters(List<Story> stories) {
        return stories.stream().map(s -> new StableIds.Cluster(s.id(),
                s.articles().stream().map(ArticleId::value).collect(Collectors.toSet()))).toList();
    }

    private static List<Story> renamed(List<Story> stories, List<String> ids) {
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            out.add(new Story(ids.get(i), s.title(), s.date(), s.articles(), s.docs()));
        }
        return out;
    }
}

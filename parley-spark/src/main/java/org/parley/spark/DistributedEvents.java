package org.parley.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.parley.core.consolidate.EventConsolidator;
import org.parley.core.consolidate.ParentEvents;
import org.parley.core.consolidate.PlannedEvents;
import org.parley.core.extract.ArticleFindings;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import scala.Tuple2;

/**
 * Cross-article consolidation of {@link EventConsolidator} as distributed steps, giving the same
 * events: each article's mentions become article events ({@link EventConsolidator#articleEvents});
 * article events are linked to their {@link EventConsolidator#partitionKeys partition keys};
 * {@link ConnectedComponents} of that graph are the groups within which the consolidator can merge
 * anything; each group is consolidated on its own ({@link EventConsolidator#consolidateArticleEvents}),
 * with its articles (publication dates explain date conflicts) and their stories (labels).
 *
 * <p>Design decision: components of keys rather than "group by story". The local consolidator
 * lets background mentions in other stories join their event, so grouping by story would split
 * events the local engine merges.
 */
final class DistributedEvents {

    private DistributedEvents() {
    }

    /**
     * Consolidated events as {@link Event} JSON.
     *
     * @param articles   the articles with findings
     * @param storyOf    (article id, story id) for every article in a story
     */
    static JavaRDD<String> of(JavaRDD<ArticleResult> articles, JavaPairRDD<String, String> storyOf) {
        // node "articleId#nnnn" → article event JSON; nodes sort by article, then by grouper order
        JavaPairRDD<String, String> articleEvents = articles.flatMapToPair(a -> {
            ArticleFindings findings = a.articleFindings();
            List<Tuple2<String, String>> out = new ArrayList<>();
            List<Event> events = EventConsolidator.articleEvents(findings.events());
            for (int i = 0; i < events.size(); i++) {
                out.add(new Tuple2<>(a.id() + "#" + String.format("%06d", i), ModelJson.write(events.get(i))));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> keyEdges = articleEvents.flatMapToPair(e -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String key : EventConsolidator.partitionKeys(ModelJson.read(e._2, Event.class))) {
                out.add(new Tuple2<>(e._1, "key:" + key));
            }
            return out.iterator();
        });
        JavaRDD<String> nodes = articleEvents.keys().union(keyEdges.values()).distinct();
        JavaPairRDD<String, String> component = ConnectedComponents.of(nodes, keyEdges)
                .filter(t -> !t._1.startsWith("key:"));
        JavaPairRDD<String, String> eventsByComponent = component.join(articleEvents)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._1 + "\n" + t._2._2));
        // each component's articles, with their JSON and story
        JavaPairRDD<String, String> articleComponent = component
                .mapToPair(t -> new Tuple2<>(t._1.substring(0, t._1.indexOf('#')), t._2)).distinct();
        JavaPairRDD<String, String> articleJson = articles.mapToPair(a -> new Tuple2<>(a.id(), a.articleJson()));
        JavaPairRDD<String, String> articlesByComponent = articleComponent.join(articleJson)
                .leftOuterJoin(storyOf)
                .mapToPair(t -> new Tuple2<>(t._2._1._1, t._2._2.orElse("") + "\n" + t._2._1._2));
        JavaRDD<String> consolidated = eventsByComponent.cogroup(articlesByComponent).flatMap(g -> {
            TreeMap<String, Event> byNode = new TreeMap<>();
            for (String line : g._2._1) {
                int cut = line.indexOf('\n');
                byNode.put(line.substring(0, cut), ModelJson.read(line.substring(cut + 1), Event.class));
            }
            Map<ArticleId, Article> known = new HashMap<>();
            Map<String, List<ArticleId>> stories = new TreeMap<>();
            for (String line : g._2._2) {
                int cut = line.indexOf('\n');
                Article article = ModelJson.read(line.substring(cut + 1), Article.class);
                known.put(article.id(), article);
                String story = line.substring(0, cut);
                if (!story.isEmpty()) {
                    stories.computeIfAbsent(story, s -> new ArrayList<>()).add(article.id());
                }
            }
            stories.values().forEach(ids -> ids.sort(Comparator.naturalOrder()));
            EventConsolidator consolidator = new EventConsolidator(id -> Optional.ofNullable(known.get(id)));
            List<String> out = new ArrayList<>();
            for (Event e : consolidator.consolidateArticleEvents(new ArrayList<>(byNode.values()), stories)) {
                out.add(ModelJson.write(e));
            }
            return out.iterator();
        });
        return withHeldAs(withParents(consolidated));
    }

    /**
     * The events with the event each act was said during ({@link ParentEvents}): an act and its
     * meeting may fall in different components, so the parent is found by joining the keys of the
     * meetings the acts name with the keys of every event's mentions.
     */
    private static JavaRDD<String> withParents(JavaRDD<String> eventsJson) {
        // events travel as JSON: the model's records are not Java-serialisable
        JavaPairRDD<String, String> events = eventsJson
                .mapToPair(json -> new Tuple2<>(ModelJson.read(json, Event.class).id(), json))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> ownerOfMention = events.flatMapToPair(t -> ParentEvents
                        .mentionKeys(ModelJson.read(t._2, Event.class)).stream().map(key -> new Tuple2<>(key, t._1)).iterator())
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
        JavaPairRDD<String, String> actOfParentKey = events.flatMapToPair(t -> ParentEvents
                .parentKeys(ModelJson.read(t._2, Event.class)).stream().map(key -> new Tuple2<>(key, t._1)).iterator());
        JavaPairRDD<String, String> parentOfAct = actOfParentKey.join(ownerOfMention)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2)).groupByKey()
                .flatMapToPair(t -> ParentEvents.elect(t._1, DistributedStories.toList(t._2)).map(p -> new Tuple2<>(t._1, p))
                        .stream().iterator());
        // each act meets its parent's record, whose chosen day an act of a disputed day takes (ParentEvents.adopt)
        JavaPairRDD<String, String> parentOfActJson = parentOfAct.mapToPair(t -> new Tuple2<>(t._2, t._1)).join(events)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2));
        return events.leftOuterJoin(parentOfActJson).map(t -> {
            Event act = ModelJson.read(t._2._1, Event.class);
            return ModelJson.write(t._2._2.isPresent()
                    ? ParentEvents.adopt(act, ModelJson.read(t._2._2.get(), Event.class)) : act.withDuring(null));
        });
    }

    /**
     * The events with the held meeting each plan became ({@link PlannedEvents}): a plan and its meeting
     * are in different stories, so each plan is joined with the held meetings that name its first person.
     */
    private static JavaRDD<String> withHeldAs(JavaRDD<String> eventsJson) {
        JavaPairRDD<String, String> events = eventsJson
                .mapToPair(json -> new Tuple2<>(ModelJson.read(json, Event.class).id(), json))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> plans = events.flatMapToPair(t -> PlannedEvents.planKey(ModelJson.read(t._2, Event.class))
                .map(key -> new Tuple2<>(key, t._2)).stream().iterator());
        JavaPairRDD<String, String> meetings = events.flatMapToPair(t -> PlannedEvents
                .meetingKeys(ModelJson.read(t._2, Event.class)).stream().map(key -> new Tuple2<>(key, t._2)).iterator());
        JavaPairRDD<String, String> heldOfPlan = plans.join(meetings)
                .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2)).groupByKey()
                .flatMapToPair(t -> {
                    Event plan = ModelJson.read(t._1, Event.class);
                    List<Event> candidates = DistributedStories.toList(t._2).stream()
                            .map(json -> ModelJson.read(json, Event.class)).toList();
                    return PlannedEvents.heldAs(plan, candidates).map(held -> new Tuple2<>(plan.id(), held.id()))
                            .stream().iterator();
                });
        return events.leftOuterJoin(heldOfPlan).map(t -> ModelJson.write(
                ModelJson.read(t._2._1, Event.class).withHeldAs(t._2._2.orElse(null))));
    }
}

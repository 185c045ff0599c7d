package org.parley.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.consolidate.TimelineEntry;
import org.parley.core.ingest.IngestSummary;
import org.parley.engine.ContractJson;
import org.parley.model.Commitment;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Story;
import org.parley.search.SearchHit;
import org.parley.search.SearchResults;

/**
 * The JSON objects of the API as ordered maps. Events and commitments are exactly the JSONL
 * contract ({@link ContractJson}); other objects are documented in {@code openapi.json}.
 */
final class ApiViews {

    private ApiViews() {
    }

    static <T> Map<String, Object> page(Paging.Page<T> page, java.util.function.Function<T, Object> view) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("items", page.items().stream().map(view).toList());
        return out;
    }

    /** A story as in story.schema.json, plus sources and conflicts counts and article ids. */
    static Map<String, Object> story(Story s, CatalogSnapshot catalog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("date", s.date());
        out.put("docs", s.docs());
        List<Event> events = catalog.eventsOfStory(s.id());
        out.put("events", events.stream().filter(e -> !e.background()).map(Event::id).toList());
        out.put("articles", s.articles().stream().map(a -> a.value()).toList());
        out.put("sources", s.docs().size());
        out.put("conflicts", (int) events.stream().filter(e -> !e.conflicts().isEmpty()).count());
        return out;
    }

    static Map<String, Object> storyDetail(Story s, CatalogSnapshot catalog) {
        Map<String, Object> out = story(s, catalog);
        out.put("article_details", s.articles().stream().map(a -> catalog.article(a.value()))
                .flatMap(java.util.Optional::stream).map(ApiViews::article).toList());
        out.put("event_details", catalog.eventsOfStory(s.id()).stream().map(e -> event(e, catalog)).toList());
        return out;
    }

    /** The contract event, each mention with the outlet and title of its article added. */
    static Map<String, Object> event(Event e, CatalogSnapshot catalog) {
        Map<String, Object> out = ContractJson.event(e);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) out.get("mentions");
        for (Map<String, Object> m : mentions) {
            catalog.article((String) m.get("article")).ifPresent(a -> {
                m.put("outlet", a.outlet());
                m.put("title", a.title());
                m.put("published", a.published());
            });
        }
        out.put("weight", CooperationScore.weight(e));
        return out;
    }

    static Map<String, Object> commitment(Commitment c) {
        return ContractJson.commitment(c);
    }

    static Map<String, Object> article(CatalogSnapshot.ArticleInfo a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("doc", a.doc());
        out.put("title", a.title());
        out.put("outlet", a.outlet());
        out.put("url", a.url());
        out.put("published", a.published());
        out.put("language", a.language());
        out.put("status", a.status().toLowerCase(java.util.Locale.ROOT));
        out.put("story", a.story());
        return out;
    }

    /**
     * An article with its clean text and, for highlighting, every event mention and commitment
     * in it with the character offsets of its sentence in {@code text}.
     */
    static Map<String, Object> articleDetail(CatalogSnapshot.ArticleInfo a, String text, CatalogSnapshot catalog) {
        Map<String, Object> out = article(a);
        out.put("text", text);
        List<Map<String, Object>> highlights = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        for (Event e : catalog.eventsOfArticle(a.id())) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("id", e.id());
            ev.put("title", CatalogSnapshot.title(e));
            ev.put("type", e.type());
            ev.put("mode", e.mode());
            ev.put("date", e.date().iso());
            ev.put("story", e.story());
            ev.put("background", e.background());
            ev.put("conflicts", e.conflicts().size());
            List<Object> mentions = new ArrayList<>();
            for (EventMention m : e.mentions()) {
                if (!m.evidence().article().value().equals(a.id())) {
                    continue;
                }
                Map<String, Object> mention = ContractJson.evidence(m.evidence());
                mention.put("trigger", m.trigger());
                mentions.add(mention);
                highlights.add(highlight(m.evidence().span().begin(), m.evidence().span().end(), "event", e.id(), e.type()));
            }
            ev.put("mentions", mentions);
            events.add(ev);
        }
        out.put("events", events);
        List<Object> commitments = new ArrayList<>();
        for (Commitment c : catalog.commitmentsOfArticle(a.id())) {
            commitments.add(ContractJson.commitment(c));
            highlights.add(highlight(c.evidence().span().begin(), c.evidence().span().end(), "commitment",
                    ContractJson.commitmentId(c), c.kind()));
        }
        out.put("commitments", commitments);
        highlights.sort(Comparator.comparingInt((Map<String, Object> h) -> (Integer) h.get("start"))
                .thenComparingInt(h -> (Integer) h.get("end")));
        out.put("highlights", highlights);
        return out;
    }

    private static Map<String, Object> highlight(int start, int end, String kind, String id, String label) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("start", start);
        h.put("end", end);
        h.put("kind", kind);
        h.put("id", id);
        h.put("label", label);
        return h;
    }

    static Map<String, Object> actor(CatalogSnapshot.ActorCount a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", a.name());
        out.put("kind", a.kind());
        out.put("country", a.country());
        out.put("role", a.role());
        out.put("events", a.events());
        out.put("first", a.first());
        out.put("last", a.last());
        return out;
    }

    /** One timeline line: what a chart needs, and (when {@code withEvent}) the whole contract event. */
    static Map<String, Object> timelineEntry(TimelineEntry t, CatalogSnapshot catalog, boolean withEvent) {
        Event e = t.event();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("date", e.date().iso());
        out.put("precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        out.put("range", ContractJson.date(e.date()).get("range"));   // a period's start and end, else null
        out.put("inferred", e.date().inferred());
        out.put("type", e.type());
        out.put("mode", e.mode());
        out.put("label", t.kind());
        out.put("actors", t.actors());
        out.put("place", e.location() == null ? null : e.location().name());
        out.put("sources", t.sources());
        out.put("disputed", t.disputed());
        out.put("background", e.background());
        out.put("during", e.during());
        out.put("status", e.status().label());
        out.put("held_as", e.heldAs());
        out.put("weight", CooperationScore.weight(e));
        if (withEvent) {
            out.put("event", event(e, catalog));
        }
        return out;
    }

    static Map<String, Object> month(MonthlySeries.Month m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", m.month().toString());
        out.put("events", m.events());
        out.put("counts", m.counts());
        out.put("cooperation", m.cooperation());
        out.put("conflict", m.conflict());
        out.put("score", m.score());
        return out;
    }

    static Map<String, Object> search(String q, SearchResults r, int offset, int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("literal", r.literal());
        out.put("total", r.total());
        out.put("offset", offset);
        out.put("limit", limit);
        List<Object> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
            hit.put("id", h.id());
            hit.put("title", h.title());
            hit.put("date", h.date());
            hit.put("score", h.score());
            hit.put("snippets", h.snippets());
            hits.add(hit);
        }
        out.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String dim : org.parley.search.SearchIndex.DIMENSIONS) {
            facets.put(dim, r.facets().getOrDefault(dim, List.of()).stream().map(f -> {
                Map<String, Object> fc = new LinkedHashMap<>();
                fc.put("value", f.value());
                fc.put("count", f.count());
                return fc;
            }).toList());
        }
        out.put("facets", facets);
        return out;
    }

    static Map<String, Object> ingest(IngestSummary s, CatalogSnapshot after) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", s.read());
        out.put("new", s.newArticles());
        out.put("new_versions", s.newVersions());
        out.put("duplicates", s.duplicates());
        out.put("skipped", s.skipped());
        out.put("failed", s.failed());
        out.put("annotated", s.annotated());
        out.put("extracted", s.extracted());
        out.put("seconds", s.elapsed().toMillis() / 1000.0);
        out.put("articles", after.articles().size());
        out.put("events", after.events().size());
        return out;
    }
}

package org.parley.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.ingest.ArticleIds;
import org.parley.model.Actor;
import org.parley.model.Commitment;
import org.parley.model.Conflict;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;

/**
 * The public JSONL contract: events, commitments and their parts as the JSON objects described by
 * the schemas in {@code shared/schema} ({@code event.schema.json}, {@code commitment.schema.json}).
 * Builds plain ordered maps so any JSON writer can print them; key order is stable.
 *
 * <p>Mention offsets ({@code start}, {@code end}) are character offsets of the sentence in the
 * article's clean text ({@code parley article ID} shows it).
 */
public final class ContractJson {

    private ContractJson() {
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("story", e.story());
        out.put("type", e.type());
        out.put("mode", e.mode());
        out.put("cameo", e.cameo());
        out.put("date", date(e.date()));
        out.put("location", location(e.location()));
        out.put("source", actors(e.source()));
        out.put("target", actors(e.target()));
        out.put("topics", e.topics());
        out.put("background", e.background());
        out.put("during", e.during());
        out.put("status", e.status().label());
        out.put("held_as", e.heldAs());
        List<Object> mentions = new ArrayList<>();
        for (EventMention m : e.mentions()) {
            Map<String, Object> mention = evidence(m.evidence());
            mention.put("trigger", m.trigger());
            mentions.add(mention);
        }
        out.put("mentions", mentions);
        List<Object> conflicts = new ArrayList<>();
        for (Conflict c : e.conflicts()) {
            conflicts.add(conflict(c));
        }
        out.put("conflicts", conflicts);
        return out;
    }

    public static Map<String, Object> commitment(Commitment c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", commitmentId(c));
        out.put("kind", c.kind());
        out.put("title", c.title());
        List<Object> parties = new ArrayList<>();
        for (Actor a : c.parties()) {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("name", a.name());
            party.put("country", a.country());
            party.put("kind", a.kind().name().toLowerCase());
            parties.add(party);
        }
        out.put("parties", parties);
        if (c.amount() == null) {
            out.put("amount", null);
        } else {
            Map<String, Object> amount = new LinkedHashMap<>();
            amount.put("value", c.amount().value());
            amount.put("currency", c.amount().currency());
            out.put("amount", amount);
        }
        out.put("date", c.date().iso());
        out.put("date_detail", date(c.date()));
        out.put("topics", c.topics());
        out.put("mentions", List.of(evidence(c.evidence())));
        return out;
    }

    /** A stable id for a commitment: its article, sentence, kind and amount. */
    public static String commitmentId(Commitment c) {
        String key = String.join("|", c.evidence().article().value(), String.valueOf(c.evidence().sentence()), c.kind(),
                String.valueOf(c.title()), c.amount() == null ? "" : c.amount().value().toPlainString() + c.amount().currency());
        return "cm-" + ArticleIds.shortHash(key, 8);
    }

    public static Map<String, Object> date(EventDate d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", d.iso());
        out.put("precision", d.precision().name().toLowerCase());
        out.put("inferred", d.inferred());
        out.put("basis", d.basis().name().toLowerCase());
        out.put("range", d instanceof EventDate.Period p ? range(p) : null);
        out.put("evidence", d.evidence());
        return out;
    }

    /** A period's range, start then end (a LinkedHashMap: Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> range(EventDate.Period p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", p.iso());
        out.put("end", p.isoEnd());
        return out;
    }

    public static Map<String, Object> location(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", l.name());
        out.put("country", l.country());
        out.put("lat", l.lat());
        out.put("lon", l.lon());
        return out;
    }

    public static List<Object> actors(List<Actor> actors) {
        List<Object> out = new ArrayList<>();
        for (Actor a : actors) {
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("name", a.name());
            actor.put("kind", a.kind().name().toLowerCase());
            actor.put("role", a.role());
            actor.put("country", a.country());
            actor.put("sector", a.sector());
            out.add(actor);
        }
        return out;
    }

    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doc", e.doc());
        out.put("article", e.article().value());
        out.put("sentence", e.text());
        out.put("start", e.span().begin());
        out.put("end", e.span().end());
        return out;
    }

    public static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", c.field());
        List<Object> values = new ArrayList<>();
        for (Conflict.Value v : c.values()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", v.value());
            value.put("docs", v.docs());
            List<Object> sentences = new ArrayList<>();
            v.said().forEach(s -> sentences.add(evidence(s)));
            value.put("sentences", sentences);
            values.add(value);
        }
        out.put("values", values);
        out.put("explanation", c.explanation());
        return out;
    }
}

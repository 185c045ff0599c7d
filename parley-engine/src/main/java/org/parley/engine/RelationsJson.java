package org.parley.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.relations.Anniversary;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CooperationPeriod;
import org.parley.model.relations.CooperationSeries;
import org.parley.model.relations.Edition;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Milestone;
import org.parley.model.relations.Plan;
import org.parley.model.relations.RelationSource;
import org.parley.model.relations.Relationship;
import org.parley.model.relations.YearCount;

/**
 * A relationship card as the JSON object of {@code contract/relation.schema.json} (one line of
 * {@code parley relations A B --format jsonl}): plain ordered maps, dates, sentences and conflicts
 * shaped as in the event contract ({@link ContractJson}).
 */
public final class RelationsJson {
    /** The version of relation.schema.json these objects follow. */
    public static final int VERSION = 3;

    private RelationsJson() {
    }

    public static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", VERSION);
        out.put("pair", List.of(r.pair().first(), r.pair().second()));
        out.put("as_of", r.asOf().toString());
        out.put("current", r.levels().isEmpty() ? null : level(r.levels().get(r.levels().size() - 1)));
        out.put("levels", r.levels().stream().map(RelationsJson::level).toList());
        out.put("mechanisms", r.mechanisms().stream().map(RelationsJson::mechanism).toList());
        out.put("milestones", r.milestones().stream().map(RelationsJson::milestone).toList());
        out.put("claims", r.claims().stream().map(RelationsJson::claim).toList());
        out.put("upcoming", r.upcoming().stream().map(RelationsJson::anniversary).toList());
        out.put("conflicts", r.conflicts().stream().map(ContractJson::conflict).toList());
        out.put("events_per_year", r.eventsPerYear().stream().map(RelationsJson::count).toList());
        out.put("cooperation", cooperation(r.cooperation()));
        out.put("plans", r.plans().stream().map(RelationsJson::plan).toList());
        return out;
    }

    /** The cooperation series: per year and quarter, each PLOVER quad class's count and event ids, and the net score. */
    private static Map<String, Object> cooperation(CooperationSeries series) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("years", series.years().stream().map(RelationsJson::period).toList());
        out.put("quarters", series.quarters().stream().map(RelationsJson::period).toList());
        return out;
    }

    private static Map<String, Object> period(CooperationPeriod p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", p.period());
        out.put("verbal_cooperation", quad(p.verbalCooperation()));
        out.put("material_cooperation", quad(p.materialCooperation()));
        out.put("verbal_conflict", quad(p.verbalConflict()));
        out.put("material_conflict", quad(p.materialConflict()));
        out.put("total", p.total());
        out.put("net_cooperation", Math.round(p.netCooperation() * 1000) / 1000.0);
        return out;
    }

    private static Map<String, Object> quad(List<String> events) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", events.size());
        out.put("events", events);
        return out;
    }

    private static Map<String, Object> plan(Plan p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", p.action().name().toLowerCase(Locale.ROOT));
        out.put("who", p.who());
        out.put("who_country", p.whoCountry());
        out.put("whom", p.whom());
        out.put("whom_country", p.whomCountry());
        out.put("intended", ContractJson.date(p.intended()));
        out.put("stated", ContractJson.date(p.stated()));
        out.put("status", p.status().name().toLowerCase(Locale.ROOT));
        Map<String, Object> held = null;
        if (p.held() != null) {
            held = new LinkedHashMap<>();
            held.put("event", p.held().event());
            held.put("date", ContractJson.date(p.held().date()));
            held.put("place", p.held().place());
            held.put("delay", p.held().delay());
        }
        out.put("held", held);
        out.put("sources", sources(p.sources()));
        if (p.edition() != null) {
            Map<String, Object> edition = new LinkedHashMap<>();
            edition.put("mechanism", p.edition().mechanism());
            edition.put("ordinal", p.edition().ordinal() == 0 ? null : p.edition().ordinal());
            edition.put("place", p.edition().place());
            out.put("edition", edition);
        }
        return out;
    }

    private static Map<String, Object> level(FrameworkLevel l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", l.name());
        out.put("ladder", l.ladder());
        out.put("rank", l.ladder() == null ? null : l.rank());
        out.put("since", ContractJson.date(l.since()));
        out.put("established_by", l.establishedBy());
        out.put("event", l.event());
        out.put("sources", sources(l.sources()));
        return out;
    }

    private static Map<String, Object> mechanism(Mechanism m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", m.key());
        out.put("name", m.name());
        out.put("level", m.level());
        out.put("frequency", m.frequency());
        out.put("editions", m.editions().stream().map(RelationsJson::edition).toList());
        out.put("next_expected", m.nextExpected());
        out.put("sources", sources(m.sources()));
        return out;
    }

    private static Map<String, Object> edition(Edition e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ordinal", e.ordinal());
        out.put("date", ContractJson.date(e.date()));
        out.put("place", e.place());
        out.put("event", e.event());
        out.put("reported_dates", e.reportedDates());
        out.put("sources", sources(e.sources()));
        return out;
    }

    private static Map<String, Object> milestone(Milestone m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", m.kind());
        out.put("name", m.name());
        out.put("date", ContractJson.date(m.date()));
        out.put("sources", sources(m.sources()));
        return out;
    }

    private static Map<String, Object> claim(AnniversaryClaim c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", c.subject());
        out.put("years", c.years());
        out.put("year", c.year());
        out.put("since", c.impliedStart());
        out.put("sentence", ContractJson.evidence(c.said()));
        return out;
    }

    private static Map<String, Object> anniversary(Anniversary a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", a.subject());
        out.put("years", a.years());
        out.put("year", a.year());
        out.put("since", a.since());
        return out;
    }

    private static Map<String, Object> count(YearCount c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", c.year());
        out.put("type", c.type());
        out.put("events", c.events());
        return out;
    }

    private static List<Object> sources(List<RelationSource> sources) {
        List<Object> out = new ArrayList<>();
        for (RelationSource s : sources) {
            Map<String, Object> source = new LinkedHashMap<>();
            if (s instanceof RelationSource.Reported reported) {
                source.put("kind", "report");
                source.putAll(ContractJson.evidence(reported.sentence()));
            } else if (s instanceof RelationSource.Reference reference) {
                source.put("kind", "reference");
                source.put("citation", reference.citation());
            }
            out.add(source);
        }
        return out;
    }
}

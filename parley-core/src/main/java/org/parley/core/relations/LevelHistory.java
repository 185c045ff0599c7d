package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.FrameworkLevel;
import org.parley.model.relations.RelationSource;

/**
 * A pair's framework levels in date order, merged from the reference table, the reports' level
 * statements and their anniversary claims. A level's start is the reference table's date, else the
 * first date a report states for its establishment, else the year an anniversary claim counts from
 * (inferred). A level reports only name as in force, with no start anywhere, is kept only when no
 * level of the pair has one ("a strategic partnership that is increasingly comprehensive" is a
 * description, not a framework, once the pair's frameworks are dated); its start is unknown. The
 * establishing event is the pair's visit or meeting in the month the level began. Stateless.
 */
final class LevelHistory {
    private final FrameworkLadders ladders;

    LevelHistory(FrameworkLadders ladders) {
        this.ladders = ladders;
    }

    private static final class Draft {
        EventDate since;
        String establishedBy;
        final Set<RelationSource> sources = new LinkedHashSet<>();
    }

    List<FrameworkLevel> build(CountryPair pair, List<ReferenceFacts.Fact> reference, List<LevelStatement> statements,
                               List<AnniversaryClaim> claims, PairEvents events) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (ReferenceFacts.Fact fact : reference) {
            Draft d = drafts.computeIfAbsent(fact.subject(), k -> new Draft());
            d.since = fact.date();
            d.establishedBy = fact.establishedBy();
            d.sources.add(new RelationSource.Reference(fact.citation()));
        }
        for (LevelStatement s : statements) {
            Draft d = drafts.computeIfAbsent(s.level(), k -> new Draft());
            d.sources.add(new RelationSource.Reported(s.said()));
            if (d.since == null && s.since() != null) {
                d.since = s.since();
            }
        }
        for (AnniversaryClaim c : claims) {
            Draft d = drafts.get(c.subject());
            if (d == null && ladders.rung(pair, c.subject()).isEmpty()) {
                continue;  // a milestone's claim, not a level's
            }
            d = drafts.computeIfAbsent(c.subject(), k -> new Draft());
            d.sources.add(new RelationSource.Reported(c.said()));
            if (d.since == null) {
                d.since = new EventDate.YearOnly(c.impliedStart(), EventDate.Basis.INFERRED,
                        List.of(c.years() + " years in " + c.year()));
            }
        }
        boolean anyDated = drafts.values().stream().anyMatch(d -> d.since != null);
        List<FrameworkLevel> out = new ArrayList<>();
        drafts.forEach((level, d) -> {
            if (d.since != null || !anyDated) {
                out.add(level(pair, level, d, events));
            }
        });
        out.sort(Comparator.comparing((FrameworkLevel l) -> l.since().iso() == null ? "9999" : l.since().iso())
                .thenComparingInt(FrameworkLevel::rank));
        return out;
    }

    private FrameworkLevel level(CountryPair pair, String level, Draft d, PairEvents events) {
        EventDate since = d.since != null ? d.since : new EventDate.Unknown(List.of("named as in force"));
        Optional<FrameworkLadders.Rung> rung = ladders.rung(pair, level);
        Optional<Event> event = events.meetingIn(since);
        return new FrameworkLevel(level, rung.map(FrameworkLadders.Rung::country).orElse(null),
                rung.map(FrameworkLadders.Rung::rank).orElse(0), since, d.establishedBy, event.map(Event::id).orElse(null),
                List.copyOf(d.sources));
    }
}

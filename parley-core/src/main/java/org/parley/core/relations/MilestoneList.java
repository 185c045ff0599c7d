package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.EventDate;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.Milestone;
import org.parley.model.relations.RelationSource;

/**
 * A pair's milestones in date order: the reference table's, each with the reports whose anniversary
 * claims agree with its year; and a milestone only reports claim, dated to the year most of its
 * claims count from (inferred). Claims that disagree are left to {@link ClaimConflicts}. Stateless.
 */
final class MilestoneList {
    private final MilestoneKinds kinds;

    MilestoneList(MilestoneKinds kinds) {
        this.kinds = kinds;
    }

    List<Milestone> build(List<ReferenceFacts.Fact> reference, List<AnniversaryClaim> claims) {
        Map<String, EventDate> dates = new LinkedHashMap<>();
        Map<String, Set<RelationSource>> sources = new LinkedHashMap<>();
        for (ReferenceFacts.Fact fact : reference) {
            dates.put(fact.subject(), fact.date());
            sources.computeIfAbsent(fact.subject(), k -> new LinkedHashSet<>()).add(new RelationSource.Reference(fact.citation()));
        }
        for (AnniversaryClaim c : claims) {
            if (kinds.byKey(c.subject()).isEmpty()) {
                continue;  // a framework level's claim
            }
            EventDate date = dates.computeIfAbsent(c.subject(), k -> inferred(c.subject(), claims));
            if (date.iso() != null && Integer.parseInt(date.iso().substring(0, 4)) == c.impliedStart()) {
                sources.computeIfAbsent(c.subject(), k -> new LinkedHashSet<>()).add(new RelationSource.Reported(c.said()));
            }
        }
        List<Milestone> out = new ArrayList<>();
        dates.forEach((kind, date) -> out.add(new Milestone(kind, kinds.name(kind), date,
                List.copyOf(sources.getOrDefault(kind, Set.of())))));
        out.sort(Comparator.comparing(m -> m.date().iso()));
        return out;
    }

    /** The year most claims of {@code subject} count from (the earliest of equals), inferred. */
    private static EventDate inferred(String subject, List<AnniversaryClaim> claims) {
        Map<Integer, Integer> votes = new TreeMap<>();
        claims.stream().filter(c -> c.subject().equals(subject)).forEach(c -> votes.merge(c.impliedStart(), 1, Integer::sum));
        int year = votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        return new EventDate.YearOnly(year, EventDate.Basis.INFERRED, List.of("anniversaries reports claim"));
    }
}

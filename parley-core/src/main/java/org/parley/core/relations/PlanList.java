package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.relations.Edition;
import org.parley.model.relations.Mechanism;
import org.parley.model.relations.Plan;
import org.parley.model.relations.RelationSource;

/**
 * A pair's plans from the reports' plan statements: the statements of one action by the same one
 * towards the same country or person are one plan ("reiterated the invitation to Biden to visit Vietnam"
 * and "the US President wishes to visit ... at an early date"), stated when the earliest says it, at the
 * furthest status they give, intended when the most precise says. A plan is held when one of the pair's
 * events matches it after it was stated ({@link PairEvents#heldAs}): the event, its date and place, and
 * the delay. A mechanism's coming edition is one plan per mechanism and ordinal, held when the mechanism's
 * edition of that ordinal is linked to an event on or after the statement (as {@link MechanismHistory} links
 * it); its place is the first one stated. Plans in the order they were stated. Stateless.
 */
final class PlanList {
    // A date beats vague words ("at an early date"), which beat nothing; a day beats a month beats a year.
    private static final Comparator<EventDate> MOST_PRECISE = Comparator.comparingInt(
            (EventDate d) -> d.iso() != null ? 1 + d.iso().length() : d.evidence().isEmpty() ? 0 : 1);
    private static final Comparator<PlanStatement> EARLIEST = Comparator.comparing(
            (PlanStatement s) -> s.stated().iso() == null ? "9999" : s.stated().iso());

    List<Plan> build(List<PlanStatement> statements, PairEvents events, List<Mechanism> mechanisms) {
        Map<String, List<PlanStatement>> byPlan = new LinkedHashMap<>();
        statements.forEach(s -> byPlan.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        List<Plan> out = new ArrayList<>();
        byPlan.values().forEach(of -> out.add(plan(of, events, mechanisms)));
        out.sort(Comparator.comparing((Plan p) -> p.stated().iso() == null ? "9999" : p.stated().iso())
                .thenComparing(Plan::who).thenComparing(Plan::whom));
        return out;
    }

    private static Plan plan(List<PlanStatement> of, PairEvents events, List<Mechanism> mechanisms) {
        PlanStatement first = of.stream().min(EARLIEST).orElseThrow();
        Plan.Status status = of.stream().map(PlanStatement::status).max(Comparator.naturalOrder()).orElseThrow();
        EventDate intended = of.stream().map(PlanStatement::intended).max(MOST_PRECISE).orElseThrow();
        Set<ArticleId> reports = of.stream().map(s -> s.said().article()).collect(Collectors.toSet());
        List<RelationSource> sources = of.stream().map(PlanStatement::said).distinct()
                .map(s -> (RelationSource) new RelationSource.Reported(s)).toList();
        if (first.edition() != null) {
            return edition(of, first, intended, status, mechanisms, sources);
        }
        Optional<Event> held = first.stated().iso() == null ? Optional.empty()
                : events.heldAs(first, first.stated().iso(), reports);
        return new Plan(first.action(), first.who(), first.whoCountry(), first.whom(), first.whomCountry(), intended,
                first.stated(), held.isPresent() ? Plan.Status.HELD : status, held.map(e -> held(e, first.stated()))
                .orElse(null), sources);
    }

    private static Plan edition(List<PlanStatement> of, PlanStatement first, EventDate intended, Plan.Status status,
                                List<Mechanism> mechanisms, List<RelationSource> sources) {
        String place = of.stream().sorted(EARLIEST).map(s -> s.edition().place()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Plan.Next next = new Plan.Next(first.edition().mechanism(), first.edition().ordinal(), place);
        String stated = first.stated().iso();
        Optional<Edition> held = next.ordinal() == 0 || stated == null ? Optional.empty() : mechanisms.stream()
                .filter(m -> m.key().equals(next.mechanism())).flatMap(m -> m.editions().stream())
                .filter(e -> e.ordinal() == next.ordinal() && e.event() != null && e.date().iso() != null
                        && IsoDates.notBefore(e.date().iso(), stated))
                .findFirst();
        Plan.Held done = held.map(e -> new Plan.Held(e.event(), e.date(), e.place(),
                IsoDates.between(first.stated(), e.date()))).orElse(null);
        return new Plan(Plan.Action.EDITION, first.who(), first.whoCountry(), place == null ? "" : place,
                first.whomCountry(), intended, first.stated(), done != null ? Plan.Status.HELD : status, done, sources,
                next);
    }

    private static Plan.Held held(Event e, EventDate stated) {
        return new Plan.Held(e.id(), e.date(), e.location() == null ? null : e.location().name(),
                IsoDates.between(stated, e.date()));
    }
}

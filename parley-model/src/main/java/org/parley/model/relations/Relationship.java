package org.parley.model.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.Conflict;

/**
 * The card of one relationship: its framework levels in date order (the last is the current one),
 * its mechanisms, its milestones, the anniversary claims reports made, the round anniversaries to
 * come after {@code asOf}, the conflicts between claims and facts (anniversaries and establishment dates), the
 * events per year by type, the visits and meetings invited or planned, held or not, and the cooperation
 * series (events per year and quarter by PLOVER quad class).
 */
public record Relationship(CountryPair pair, LocalDate asOf, List<FrameworkLevel> levels, List<Mechanism> mechanisms,
                           List<Milestone> milestones, List<AnniversaryClaim> claims, List<Anniversary> upcoming,
                           List<Conflict> conflicts, List<YearCount> eventsPerYear,
                           List<Plan> plans, CooperationSeries cooperation) {
    public Relationship {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(asOf, "asOf");
        levels = List.copyOf(levels);
        mechanisms = List.copyOf(mechanisms);
        milestones = List.copyOf(milestones);
        claims = List.copyOf(claims);
        upcoming = List.copyOf(upcoming);
        conflicts = List.copyOf(conflicts);
        eventsPerYear = List.copyOf(eventsPerYear);
        plans = List.copyOf(plans);
        Objects.requireNonNull(cooperation, "cooperation");
    }

    /** A card without plans or a cooperation series. */
    public Relationship(CountryPair pair, LocalDate asOf, List<FrameworkLevel> levels, List<Mechanism> mechanisms,
                        List<Milestone> milestones, List<AnniversaryClaim> claims, List<Anniversary> upcoming,
                        List<Conflict> conflicts, List<YearCount> eventsPerYear) {
        this(pair, asOf, levels, mechanisms, milestones, claims, upcoming, conflicts, eventsPerYear, List.of(), CooperationSeries.NONE);
    }
}

package org.parley.model.relations;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.parley.model.Conflict;

/**
 * The card of one relationship: its framework levels in date order (the last is the current one),
 * its mechanisms, its milestones, the anniversary claims reports made, the round anniversaries to
 * come after {@code asOf}, the conflicts between claims and facts, the events per year by type, and the
 * cooperation series (events per year and quarter by PLOVER quad class).
 */
public record Relationship(CountryPair pair, LocalDate asOf, List<FrameworkLevel> levels, List<Mechanism> mechanisms,
                           List<Milestone> milestones, List<AnniversaryClaim> claims, List<Anniversary> upcoming,
                           List<Conflict> conflicts, List<YearCount> eventsPerYear, CooperationSeries cooperation) {
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
        Objects.requireNonNull(cooperation, "cooperation");
    }

    /** A card without a cooperation series. */
    public Relationship(CountryPair pair, LocalDate asOf, List<FrameworkLevel> levels, List<Mechanism> mechanisms,
                        List<Milestone> milestones, List<AnniversaryClaim> claims, List<Anniversary> upcoming,
                        List<Conflict> conflicts, List<YearCount> eventsPerYear) {
        this(pair, asOf, levels, mechanisms, milestones, claims, upcoming, conflicts, eventsPerYear, CooperationSeries.NONE);
    }
}

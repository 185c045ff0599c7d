package org.parley.cli;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.model.Conflict;
import org.parley.model.relations.Anniversary;
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

/** The text of a relationship card, as {@code parley relations A B} prints it: one section per part. */
final class RelationCard {

    private RelationCard() {
    }

    static String text(Relationship r) {
        StringBuilder out = new StringBuilder();
        out.append("Relationship ").append(r.pair().first()).append(" - ").append(r.pair().second())
                .append(" (as of ").append(r.asOf()).append(")\n");
        if (r.levels().isEmpty()) {
            out.append("Current level: unknown\n");
        } else {
            FrameworkLevel current = r.levels().get(r.levels().size() - 1);
            out.append("Current level: ").append(current.name()).append(" since ").append(date(current.since().iso()))
                    .append('\n');
        }
        out.append("\nLevel history\n");
        for (FrameworkLevel l : r.levels()) {
            out.append(String.format("  %-10s  %-42s  %s%s%n", date(l.since().iso()), l.name() + rank(l),
                    l.establishedBy() == null ? "" : l.establishedBy(), l.event() == null ? "" : "  [" + l.event() + "]"));
            out.append("              ").append(sources(l.sources())).append('\n');
        }
        out.append("\nMechanisms\n");
        for (Mechanism m : r.mechanisms()) {
            out.append("  ").append(m.name()).append(" (").append(m.level())
                    .append(m.frequency() == null ? "" : ", " + m.frequency()).append(")")
                    .append(m.nextExpected() == null ? "" : "  next expected " + m.nextExpected()).append('\n');
            for (Edition e : m.editions()) {
                out.append(String.format("    #%d  %-10s  %-20s  %s%s%n", e.ordinal(), date(e.date().iso()),
                        e.place() == null ? "" : e.place(), e.event() == null ? "no event found" : "[" + e.event() + "]",
                        e.reportedDates().isEmpty() ? "" : "  reports say " + String.join(" / ", e.reportedDates())));
            }
            out.append("    ").append(sources(m.sources())).append('\n');
        }
        out.append("\nMilestones\n");
        for (Milestone m : r.milestones()) {
            out.append(String.format("  %-10s  %-34s  %s%n", date(m.date().iso()), m.name(), sources(m.sources())));
        }
        out.append("\nUpcoming anniversaries\n");
        for (Anniversary a : r.upcoming()) {
            out.append(String.format("  %d  %d years of %s (since %s)%n", a.year(), a.years(), a.subject(), a.since()));
        }
        out.append("\nConflicting claims\n");
        for (Conflict c : r.conflicts()) {
            out.append("  ").append(c.field()).append('\n');
            for (Conflict.Value v : c.values()) {
                out.append("    ").append(v.value()).append("  ").append(String.join(", ", v.docs())).append('\n');
                v.said().forEach(s -> out.append("        \"").append(s.text()).append("\"\n"));
            }
            out.append("    why: ").append(c.explanation()).append('\n');
        }
        out.append("\nPlans\n");
        r.plans().forEach(p -> plan(out, p));
        out.append("\nEvents per year\n");
        r.eventsPerYear().stream().collect(Collectors.groupingBy(YearCount::year, TreeMap::new, Collectors.toList()))
                .forEach((year, counts) -> out.append("  ").append(year).append("  ")
                        .append(counts.stream().map(c -> c.type() + " " + c.events()).collect(Collectors.joining(", ")))
                        .append('\n'));
        cooperation(r.cooperation(), out);
        return out.toString();
    }

    /** Per year, then per quarter when there are quarters: the four PLOVER quad classes and the net score. */
    private static void cooperation(CooperationSeries series, StringBuilder out) {
        out.append("\nCooperation over time (verbal/material cooperation, verbal/material conflict; net = (coop - conflict) / total)\n");
        series.years().forEach(p -> out.append(period(p)));
        if (!series.quarters().isEmpty()) {
            out.append("  per quarter\n");
            series.quarters().forEach(p -> out.append(period(p)));
        }
    }

    private static String period(CooperationPeriod p) {
        return String.format(Locale.ROOT, "  %-7s  coop %d/%d  conflict %d/%d  net %+.2f%n", p.period(),
                p.verbalCooperation().size(), p.materialCooperation().size(), p.verbalConflict().size(),
                p.materialConflict().size(), p.netCooperation());
    }

    /** "2023-04-15  invited   Joe Biden (USA) to visit Vietnam, intended at an early date", then the event when held. */
    private static void plan(StringBuilder out, Plan p) {
        String intended = p.intended().iso() != null ? p.intended().iso()
                : p.intended().evidence().isEmpty() ? null : p.intended().evidence().get(0);
        String what = p.edition() != null ? edition(p)
                : p.who() + " (" + p.whoCountry() + ")" + (p.action() == Plan.Action.VISIT ? " to visit " : " to meet ")
                + p.whom();
        out.append(String.format("  %-10s  %-8s  %s%s%n", date(p.stated().iso()),
                p.status().name().toLowerCase(Locale.ROOT), what, intended == null ? "" : ", intended " + intended));
        if (p.held() != null) {
            out.append(String.format("              held %s%s  [%s]%s%n", date(p.held().date().iso()),
                    p.held().place() == null ? "" : " in " + p.held().place(), p.held().event(),
                    p.held().delay() == null ? "" : "  after " + p.held().delay()));
        }
        out.append("              ").append(sources(p.sources())).append('\n');
    }

    /** "Foreign Ministers' Dialogue, edition 3 in Washington" ("next edition" when its ordinal is unknown). */
    private static String edition(Plan p) {
        Plan.Next next = p.edition();
        return p.who() + ", " + (next.ordinal() == 0 ? "next edition" : "edition " + next.ordinal())
                + (next.place() == null ? "" : " in " + next.place());
    }

    private static String rank(FrameworkLevel l) {
        return l.ladder() == null ? "" : " (" + l.ladder() + " rank " + l.rank() + ")";
    }

    private static String date(String iso) {
        return iso == null ? "unknown" : iso;
    }

    private static String sources(List<RelationSource> sources) {
        long reports = sources.stream().filter(s -> s instanceof RelationSource.Reported).count();
        long reference = sources.size() - reports;
        return "sources: " + reports + " report sentence(s)" + (reference > 0 ? ", reference table" : "");
    }
}

package org.parley.core.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.Conflict;
import org.parley.model.Evidence;

/**
 * Conflicts between the dates reports give a framework level's establishment ("upgrading ... relations
 * to Comprehensive Strategic Partnership" with "in July 2023") and the reference table's date, or each
 * other's. Dates agree when one is the other at a coarser precision ("2023-09" and "2023-09-10"): a
 * coarser date joins the one finer date it agrees with. A level whose remaining dates do not all agree
 * is a conflict, field {@code established: <level>}, with each date, its reports ("reference table"
 * for the bundled facts) and their sentences. Stateless.
 */
final class LevelDateConflicts {

    private static final class Side {
        final Set<String> docs = new LinkedHashSet<>();
        final Set<Evidence> said = new LinkedHashSet<>();
    }

    List<Conflict> find(List<LevelStatement> statements, List<ReferenceFacts.Fact> levelFacts) {
        Map<String, Map<String, Side>> byLevel = new TreeMap<>();
        for (ReferenceFacts.Fact fact : levelFacts) {
            side(byLevel, fact.subject(), fact.date().iso()).docs.add(ClaimConflicts.REFERENCE_DOC);
        }
        for (LevelStatement s : statements) {
            if (s.since() != null && IsoDates.isIso(s.since().iso())) {
                Side side = side(byLevel, s.level(), s.since().iso());
                side.docs.add(s.said().doc());
                side.said.add(s.said());
            }
        }
        List<Conflict> out = new ArrayList<>();
        byLevel.forEach((level, sides) -> {
            Map<String, Side> folded = folded(sides);
            if (folded.size() > 1) {
                List<Conflict.Value> values = new ArrayList<>();
                folded.forEach((date, side) -> values.add(new Conflict.Value(date, List.copyOf(side.docs),
                        List.copyOf(side.said))));
                out.add(new Conflict("established: " + level, values, explanation(level, statements, levelFacts)));
            }
        });
        return out;
    }

    private static Side side(Map<String, Map<String, Side>> byLevel, String level, String date) {
        return byLevel.computeIfAbsent(level, k -> new TreeMap<>()).computeIfAbsent(date, k -> new Side());
    }

    /** The sides with each coarser date moved into the one finer date it agrees with, when there is one. */
    private static Map<String, Side> folded(Map<String, Side> sides) {
        Map<String, Side> out = new TreeMap<>(sides);
        for (String date : sides.keySet()) {
            List<String> finer = out.keySet().stream()
                    .filter(other -> other.length() > date.length() && other.startsWith(date)).toList();
            if (finer.size() == 1) {
                Side from = out.remove(date);
                out.get(finer.get(0)).docs.addAll(from.docs);
                out.get(finer.get(0)).said.addAll(from.said);
            }
        }
        return out;
    }

    private static String explanation(String level, List<LevelStatement> statements, List<ReferenceFacts.Fact> facts) {
        List<String> parts = new ArrayList<>();
        statements.stream().filter(s -> s.level().equals(level) && s.since() != null && IsoDates.isIso(s.since().iso()))
                .forEach(s -> parts.add(s.said().doc() + " dates its establishment " + s.since().iso()));
        Optional<ReferenceFacts.Fact> fact = facts.stream().filter(f -> f.subject().equals(level)).findFirst();
        fact.ifPresent(f -> parts.add("the reference table dates it " + f.date().iso() + " (" + f.citation() + ")"));
        return String.join("; ", parts);
    }
}

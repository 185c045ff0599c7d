package org.parley.core.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.model.Conflict;
import org.parley.model.Evidence;
import org.parley.model.relations.AnniversaryClaim;

/**
 * Conflicts between anniversary claims and the dated facts: for each milestone or framework level,
 * the years its claims count from ("the 30th of normalization (2024)" counts from 1994) and the year
 * the reference table dates it; when they are not all one year, a conflict with each side, its
 * reports and their sentences. Stateless.
 */
final class ClaimConflicts {
    static final String REFERENCE_DOC = "reference table";

    /**
     * The conflicts of {@code claims}; {@code reference} gives a subject's reference fact, {@code names}
     * a subject's name for readers.
     */
    List<Conflict> find(List<AnniversaryClaim> claims, Function<String, Optional<ReferenceFacts.Fact>> reference,
                        Function<String, String> names) {
        Map<String, List<AnniversaryClaim>> bySubject = new TreeMap<>();
        claims.forEach(c -> bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c));
        List<Conflict> out = new ArrayList<>();
        bySubject.forEach((subject, of) -> {
            Optional<ReferenceFacts.Fact> fact = reference.apply(subject);
            Map<Integer, List<AnniversaryClaim>> byStart = new TreeMap<>();
            of.forEach(c -> byStart.computeIfAbsent(c.impliedStart(), k -> new ArrayList<>()).add(c));
            fact.ifPresent(f -> byStart.computeIfAbsent(f.year(), k -> new ArrayList<>()));
            if (byStart.size() < 2) {
                return;
            }
            List<Conflict.Value> values = new ArrayList<>();
            byStart.forEach((start, agreeing) -> values.add(value(start, agreeing, fact)));
            out.add(new Conflict("since: " + names.apply(subject), values, explanation(of, fact)));
        });
        return out;
    }

    private static Conflict.Value value(int start, List<AnniversaryClaim> claims, Optional<ReferenceFacts.Fact> fact) {
        List<String> docs = new ArrayList<>();
        fact.filter(f -> f.year() == start).ifPresent(f -> docs.add(REFERENCE_DOC));
        claims.stream().map(c -> c.said().doc()).distinct().forEach(docs::add);
        List<Evidence> said = claims.stream().map(AnniversaryClaim::said).distinct().toList();
        return new Conflict.Value(Integer.toString(start), docs, said);
    }

    private static String explanation(List<AnniversaryClaim> claims, Optional<ReferenceFacts.Fact> fact) {
        List<String> parts = new ArrayList<>();
        claims.forEach(c -> parts.add(c.years() + " years in " + c.year() + " (" + c.said().doc() + ") counts from "
                + c.impliedStart()));
        fact.ifPresent(f -> parts.add("the reference table dates it " + f.date().iso() + " (" + f.citation() + ")"));
        return String.join("; ", parts);
    }
}

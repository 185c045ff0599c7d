package org.parley.core.relations;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.core.data.TsvRows;
import org.parley.model.EventDate;
import org.parley.model.relations.CountryPair;

/**
 * The team's dated reference table of relationship facts, {@code relations-reference.tsv}: framework
 * upgrades and milestones per pair, each with the source it cites. Immutable and thread-safe.
 */
final class ReferenceFacts {

    /** What a fact is about: a framework level or a milestone. */
    enum Kind { LEVEL, MILESTONE }

    /**
     * One row.
     *
     * @param subject       a level name or a milestone kind
     * @param establishedBy the visit or document, or null
     * @param citation      where the fact was checked
     */
    record Fact(CountryPair pair, Kind kind, String subject, EventDate date, String establishedBy, String citation) {
        Fact {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(citation, "citation");
        }

        int year() {
            return Integer.parseInt(date.iso().substring(0, 4));
        }
    }

    private final List<Fact> facts;

    ReferenceFacts(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    static ReferenceFacts bundled() {
        return new ReferenceFacts(TsvRows.bundled(ReferenceFacts.class, "relations-reference.tsv", 7, row -> new Fact(
                CountryPair.of(row.cell(0), row.cell(1)), Kind.valueOf(row.cell(2).toUpperCase()), row.cell(3),
                date(row.cell(4), row.cell(6)), row.cell(5).isBlank() ? null : row.cell(5), row.cell(6))));
    }

    /** A YYYY, YYYY-MM or YYYY-MM-DD cell as a stated date whose evidence is the citation. */
    static EventDate date(String iso, String citation) {
        return IsoDates.of(iso, EventDate.Basis.STATED, List.of("reference table: " + citation));
    }

    /** The pairs with at least one fact, by first then second country. */
    List<CountryPair> pairs() {
        return facts.stream().map(Fact::pair).distinct()
                .sorted(Comparator.comparing(CountryPair::first).thenComparing(CountryPair::second)).toList();
    }

    List<Fact> of(CountryPair pair, Kind kind) {
        return facts.stream().filter(f -> f.pair().equals(pair) && f.kind() == kind).toList();
    }
}

package org.parley.core.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.core.data.TsvRows;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * The tenure of a person in the role the text gives them: the office the role denotes (by
 * {@code office-titles.tsv}), looked up in the {@link OfficeHolders}. Immutable and thread-safe.
 */
final class Tenures {

    /** A row of {@code office-titles.tsv}: a role matching {@code pattern}, with none of {@code unless}, is {@code office}. */
    private record OfficeTitle(String office, Pattern pattern, List<String> unless) {
        boolean denotedBy(String role) {
            return pattern.matcher(role).matches() && unless.stream().noneMatch(role::contains);
        }
    }

    private static final List<OfficeTitle> OFFICE_TITLES = TsvRows.bundled(Tenures.class, "office-titles.tsv", 3, row -> {
        if (!OfficeTerm.OFFICES.contains(row.cell(0))) {
            throw new IllegalArgumentException("unknown office key '" + row.cell(0) + "'");
        }
        return new OfficeTitle(row.cell(0), Pattern.compile(".*\\b(?:" + row.cell(1) + ")\\b.*"), row.list(2));
    });

    private final OfficeHolders officeHolders;

    Tenures(OfficeHolders officeHolders) {
        this.officeHolders = Objects.requireNonNull(officeHolders, "officeHolders");
    }

    /**
     * The years and office span of the term(s) in which {@code actor} held the role the text
     * gives them; empty for non-persons, unknown people, or a role they never held. Several terms
     * in one office give their overall span.
     */
    Optional<DateRange> of(Actor actor) {
        return termsInRole(actor).flatMap(terms -> {
            LocalDate start = terms.stream().map(OfficeTerm::start).min(Comparator.naturalOrder()).orElseThrow();
            boolean open = terms.stream().anyMatch(t -> t.end() == null);
            LocalDate end = open ? null : terms.stream().map(OfficeTerm::end).max(Comparator.naturalOrder()).orElseThrow();
            return Optional.of(new DateRange(start, end));
        });
    }

    private Optional<List<OfficeTerm>> termsInRole(Actor actor) {
        if (actor.kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        List<OfficeTerm> terms = officeHolders.termsOf(actor.name());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> office = officeOf(actor.role());
        List<OfficeTerm> inRole;
        if (office.isPresent()) {
            inRole = terms.stream().filter(t -> t.office().equals(office.get())).toList();
        } else if (actor.role() != null && !actor.role().isBlank()) {
            inRole = terms.stream().filter(t -> t.title().equalsIgnoreCase(actor.role().strip())).toList();
        } else {
            Set<String> offices = terms.stream().map(OfficeTerm::office).collect(Collectors.toSet());
            inRole = offices.size() == 1 ? terms : List.of();
        }
        if (actor.country() != null) {
            inRole = inRole.stream().filter(t -> t.country().equals(actor.country())).toList();
        }
        return inRole.isEmpty() ? Optional.empty() : Optional.of(inRole);
    }

    /** The office key a title as news writes it denotes, when it is one of the knowledge base's. */
    static Optional<String> officeOf(String role) {
        if (role == null) {
            return Optional.empty();
        }
        String r = role.toLowerCase(Locale.ROOT);
        return OFFICE_TITLES.stream().filter(t -> t.denotedBy(r)).map(OfficeTitle::office).findFirst();
    }
}

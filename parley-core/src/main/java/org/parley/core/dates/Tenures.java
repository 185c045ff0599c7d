package org.parley.core.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.actors.Title;
import org.parley.core.kb.DateRange;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * The tenure of a person in the office their title names ({@link Title#office()}, read by the actor
 * stage), looked up in the {@link OfficeHolders}. Immutable and thread-safe.
 */
final class Tenures {

    private final OfficeHolders officeHolders;

    Tenures(OfficeHolders officeHolders) {
        this.officeHolders = Objects.requireNonNull(officeHolders, "officeHolders");
    }

    /**
     * The years and office span of the term(s) in which the participant held the office of their
     * title; empty for non-persons, unknown people, a title naming no office of the knowledge base,
     * or an office they never held (in their country). Several terms in one office give their
     * overall span.
     */
    Optional<DateRange> of(Participant participant) {
        return termsInOffice(participant).flatMap(terms -> {
            LocalDate start = terms.stream().map(OfficeTerm::start).min(Comparator.naturalOrder()).orElseThrow();
            boolean open = terms.stream().anyMatch(t -> t.end() == null);
            LocalDate end = open ? null : terms.stream().map(OfficeTerm::end).max(Comparator.naturalOrder()).orElseThrow();
            return Optional.of(new DateRange(start, end));
        });
    }

    private Optional<List<OfficeTerm>> termsInOffice(Participant participant) {
        Actor actor = participant.actor();
        if (actor.kind() != ActorKind.PERSON) {
            return Optional.empty();
        }
        List<OfficeTerm> terms = officeHolders.termsOf(actor.name());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<OfficeTerm> inOffice;
        if (participant.title().isPresent()) {
            // "Ambassador", "Deputy Foreign Minister": a title of no knowledge-base office bounds nothing
            Optional<String> office = participant.title().get().officeKey();
            inOffice = office.map(o -> terms.stream().filter(t -> t.office().equals(o)).toList()).orElse(List.of());
        } else {
            // untitled: only someone who held a single office is known to be in it
            Set<String> offices = terms.stream().map(OfficeTerm::office).collect(Collectors.toSet());
            inOffice = offices.size() == 1 ? terms : List.of();
        }
        if (actor.country() != null) {
            inOffice = inOffice.stream().filter(t -> t.country().equals(actor.country())).toList();
        }
        return inOffice.isEmpty() ? Optional.empty() : Optional.of(inOffice);
    }
}

package org.parley.core.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Turns what an article said of a {@link Person} into an {@link Actor}: the role from the
 * knowledge-base term active at the reference date that agrees with the title in the text, else the
 * text's title, else its apposition; the country from that term, else the country modifier, else
 * any term of the person. Immutable and thread-safe.
 *
 * @param date the reference date of the knowledge base (the publication date), or null
 */
record PersonGrounder(LocalDate date, Countries countries) {

    Actor ground(Person p) {
        Titles.Title title = p.title();
        String apposition = p.appositionRole();
        // An apposition says what the person is in this text ("Le Hoai Trung, head of ..."):
        // it beats a knowledge-base term of another time.
        boolean byApposition = apposition != null && (title == null || title.generic());
        OfficeTerm term = byApposition ? null : chooseTerm(p);
        String role;
        String sector;
        if (term != null) {
            role = Titles.roleOf(term);
            sector = term.sector();
        } else if (title != null) {
            role = title.role();
            sector = title.sector();
        } else if (apposition != null) {
            role = apposition;
            sector = sectorOfApposition(apposition);
        } else {
            role = null;
            sector = null;
        }
        if (byApposition) {
            role = apposition;
            sector = sectorOfApposition(apposition);
        }
        String country = term != null ? term.country() : p.modifierCountry();
        List<OfficeTerm> terms = p.terms();
        if (country == null && !terms.isEmpty()) {
            // Nationality does not change with office: any term of the person grounds it.
            country = terms.get(terms.size() - 1).country();
        }
        if (country != null && !country.matches("[A-Z]{3}")) {
            country = null;
        }
        if (country != null && countries.byCode(country).isEmpty()) {
            country = null; // EUR, AFR: bodies, not countries
        }
        return new Actor(p.name(), ActorKind.PERSON, role, country, sector);
    }

    private static String sectorOfApposition(String role) {
        return role.contains("Party") ? "PTY" : "GOV";
    }

    /**
     * The term the text speaks of: among those active at the date, the latest of the office the
     * text's title names; none when the title names an office the knowledge base does not give the
     * person, or is specific without an office; else the latest.
     */
    private OfficeTerm chooseTerm(Person p) {
        List<OfficeTerm> terms = p.terms();
        if (terms.isEmpty()) {
            return null;
        }
        Titles.Title title = p.title();
        String office = title == null ? null : title.office();
        List<OfficeTerm> pool = date == null ? terms : terms.stream().filter(t -> t.isActiveOn(date)).toList();
        if (pool.isEmpty()) {
            return null;
        }
        if (office != null) {
            Optional<OfficeTerm> same = pool.stream().filter(t -> t.office().equals(office))
                    .max(Comparator.comparing(OfficeTerm::start));
            if (same.isPresent()) {
                return same.get();
            }
            // A specific title the knowledge base does not give this person: trust the text.
            return null;
        }
        if (title != null && !title.generic()) {
            return null;
        }
        return pool.stream().max(Comparator.comparing(OfficeTerm::start)).orElseThrow();
    }
}

package org.parley.core.actors;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Turns what an article said of a {@link Person} into an {@link Actor} and a {@link Title}: the role
 * and office from the knowledge-base term active at the reference date that agrees with the title in
 * the text, else the text's title, else its apposition; the country from that term, else the country
 * modifier, else any term of the person. Immutable and thread-safe.
 *
 * @param date the reference date of the knowledge base (the publication date), or null
 */
record PersonGrounder(LocalDate date, Countries countries) {

    /** A grounded person: the actor, and the title the article gives them (empty when it gives none). */
    record Grounded(Actor actor, Optional<Title> title) {
    }

    /** What the role was read from: its words, the role they stand for, the office (or null) and sector. */
    private record Role(String words, String role, String office, String sector) {
    }

    Grounded ground(Person p) {
        Titles.Match written = p.writtenTitle();
        Titles.Entry title = written == null ? null : written.entry();
        String apposition = p.appositionRole();
        // An apposition says what the person is in this text ("Le Hoai Trung, head of ..."):
        // it beats a knowledge-base term of another time.
        boolean byApposition = apposition != null && (title == null || title.generic());
        OfficeTerm term = byApposition ? null : chooseTerm(p);
        Role role;
        if (byApposition) {
            role = new Role(apposition, apposition, officeOfApposition(apposition), sectorOfApposition(apposition));
        } else if (term != null) {
            role = new Role(written != null ? written.words() : term.title(), Titles.roleOf(term), term.office(),
                    term.sector());
        } else if (title != null) {
            role = new Role(written.words(), title.role(), title.office(), title.sector());
        } else {
            role = null;
        }
        String country = country(p, term);
        if (role == null) {
            String sector = p.dictionaryCode() != null ? p.dictionaryCode().sector() : null;
            return new Grounded(new Actor(p.name(), ActorKind.PERSON, null, country, sector), Optional.empty());
        }
        return new Grounded(new Actor(p.name(), ActorKind.PERSON, role.role(), country, role.sector()),
                Optional.of(new Title(role.words(), role.office(), country, role.sector())));
    }

    private String country(Person p, OfficeTerm term) {
        String country = term != null ? term.country() : p.modifierCountry();
        if (country == null && p.dictionaryCode() != null) {
            country = p.dictionaryCode().country();
        }
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
        return country;
    }

    private static String sectorOfApposition(String role) {
        return role.contains("Party") ? "PTY" : "GOV";
    }

    /** The office of the title an apposition opens with (", Minister of Foreign Affairs,"), or null. */
    private static String officeOfApposition(String role) {
        return Titles.startingAt(Arrays.stream(role.split(" ")).toList(), 0).map(m -> m.entry().office()).orElse(null);
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
        Titles.Entry title = p.writtenTitle() == null ? null : p.writtenTitle().entry();
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

package org.parley.core.actors;

import java.util.Objects;
import java.util.Optional;

/**
 * The title an article gives a person, structured: "US Secretary of State Antony Blinken" is
 * {@code Title("Secretary of State", "foreign_minister", "USA", "GOV")}. Decided once per person
 * and article, when the person is grounded, from the titles the passes read before the name or in a
 * description ({@code titles.tsv}), a role apposition, or the knowledge-base term of the date; the
 * same on every mention of the person.
 *
 * @param words   the title as written ("Secretary of State", "FM", "head of the Commission for
 *                External Relations"), or as the knowledge base writes it when the text gave none
 * @param office  the knowledge-base office key it names ({@code OfficeTerm.OFFICES}:
 *                {@code foreign_minister}, {@code head_of_government}, ...), or null when it names none
 *                ("Deputy Foreign Minister", "Ambassador")
 * @param country ISO alpha-3 code of the country it is of, when the text ("US", "Vietnamese") or the
 *                knowledge base says it; else null
 * @param sector  CAMEO-style sector: {@code GOV}, {@code MIL}, {@code LEG}, {@code PTY}, ...
 */
public record Title(String words, String office, String country, String sector) {

    public Title {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(sector, "sector");
    }

    /** The office key, when the title names one of the knowledge base's offices. */
    public Optional<String> officeKey() {
        return Optional.ofNullable(office);
    }
}

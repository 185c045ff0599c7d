package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * An agreement, MOU/MOC, pledge, funding package, loan or grant one article reports.
 *
 * @param kind     agreement, mou, moc, pledge, funding, loan, grant, other
 * @param title    its name where the text gives one ("Memorandum of Cooperation on Culture ..."), or null
 * @param parties  who committed, and to whom
 * @param amount   the amount, or null
 * @param date     when
 * @param topics   controlled topic keys
 * @param evidence the sentence
 */
public record Commitment(String kind, String title, List<Actor> parties, Money amount, EventDate date,
                         List<String> topics, Evidence evidence) {
    public Commitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        parties = List.copyOf(parties);
        topics = List.copyOf(topics);
    }
}

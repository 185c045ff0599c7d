package org.parley.model.relations;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventDate;

/**
 * A dated turning point of a relationship: diplomatic relations established, relations normalized,
 * an embargo lifted, a treaty signed.
 *
 * @param kind    the milestone's key ("normalization", "embargo-lifted")
 * @param name    its name for readers
 * @param date    when it happened
 * @param sources the reference rows and sentences that date it
 */
public record Milestone(String kind, String name, EventDate date, List<RelationSource> sources) {
    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
    }
}

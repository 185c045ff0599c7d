package org.parley.model.relations;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventDate;

/**
 * One meeting of a mechanism.
 *
 * @param ordinal its number in the series (1 for "the first", "inaugural")
 * @param date    when it was held (the linked event's date when there is one)
 * @param place   where, or null
 * @param event   id of the event record of that meeting, or null when none was found
 * @param reportedDates the dates reports give when they disagree (the event's date conflict), else empty
 * @param sources the sentences that name it
 */
public record Edition(int ordinal, EventDate date, String place, String event, List<String> reportedDates,
                      List<RelationSource> sources) {
    public Edition {
        Objects.requireNonNull(date, "date");
        if (ordinal < 1) {
            throw new IllegalArgumentException("an edition's ordinal starts at 1: " + ordinal);
        }
        reportedDates = List.copyOf(reportedDates);
        sources = List.copyOf(sources);
    }
}

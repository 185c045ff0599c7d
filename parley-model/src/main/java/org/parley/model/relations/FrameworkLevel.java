package org.parley.model.relations;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventDate;

/**
 * One framework a relationship was placed in ("Comprehensive Strategic Partnership") and since when.
 *
 * @param name          the framework's name as the ladder spells it
 * @param ladder        the country whose own ladder ranks it (VNM), or null when no ladder knows it
 * @param rank          its rank in that ladder (1 = lowest), or 0 when {@code ladder} is null
 * @param since         when it was established, at the precision known
 * @param establishedBy the document or visit that established it, or null when not known
 * @param event         id of the event record of that visit or meeting, or null
 * @param sources       the sentences and reference rows that support it
 */
public record FrameworkLevel(String name, String ladder, int rank, EventDate since, String establishedBy,
                             String event, List<RelationSource> sources) {
    public FrameworkLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(since, "since");
        sources = List.copyOf(sources);
    }
}

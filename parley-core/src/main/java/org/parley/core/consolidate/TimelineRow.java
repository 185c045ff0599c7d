package org.parley.core.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a folded timeline: an encounter (talks, a call, a visit) with the acts said during it
 * beneath, so a dyad's timeline reads as meetings and their outcomes rather than six rows per
 * meeting. An act whose meeting is not in the timeline stays a row of its own.
 *
 * @param entry the event of the row
 * @param acts  the acts said during it ({@code Event#during()} names it), in timeline order
 */
public record TimelineRow(TimelineEntry entry, List<TimelineEntry> acts) {
    public TimelineRow {
        Objects.requireNonNull(entry, "entry");
        acts = List.copyOf(acts);
    }

    /** The entries folded: each act beneath the entry of the event it was said during, when that is listed. */
    public static List<TimelineRow> fold(List<TimelineEntry> timeline) {
        // only a row of its own takes acts, so no act is hidden beneath a folded one
        Map<String, List<TimelineEntry>> actsOf = new LinkedHashMap<>();
        timeline.stream().filter(t -> t.event().during() == null)
                .forEach(t -> actsOf.put(t.event().id(), new ArrayList<>()));
        List<TimelineEntry> tops = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            String parent = t.event().during();
            if (parent != null && actsOf.containsKey(parent) && !parent.equals(t.event().id())) {
                actsOf.get(parent).add(t);
            } else {
                tops.add(t);
            }
        }
        return tops.stream().map(t -> new TimelineRow(t, actsOf.getOrDefault(t.event().id(), List.of()))).toList();
    }
}

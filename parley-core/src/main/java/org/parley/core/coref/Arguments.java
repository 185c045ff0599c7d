package org.parley.core.coref;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an event mention's sentence says around its trigger: who took part, where, how many, when.
 * Two mentions whose arguments of one kind are all stated and disjoint describe different events.
 *
 * @param participants names of people, organisations and groups, lower-cased
 * @param places       place names, lower-cased
 * @param quantities   numbers as written, lower-cased (casualties, magnitudes, counts)
 * @param times        TIMEX3 date values of at least year precision ({@code 2008-12-15}, {@code 2008-12})
 */
public record Arguments(Set<String> participants, Set<String> places, Set<String> quantities, Set<String> times) {

    /** Nothing known: compatible with everything, supporting nothing (mentions not found in the annotation). */
    public static final Arguments NONE = new Arguments(Set.of(), Set.of(), Set.of(), Set.of());

    public Arguments {
        // sorted copies, so equal arguments print and compare the same whatever the input order
        participants = Set.copyOf(new TreeSet<>(participants));
        places = Set.copyOf(new TreeSet<>(places));
        quantities = Set.copyOf(new TreeSet<>(quantities));
        times = Set.copyOf(new TreeSet<>(times));
    }
}

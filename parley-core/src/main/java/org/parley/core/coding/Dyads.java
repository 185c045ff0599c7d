package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the actors found on each side of a coded verb into events, as PETRARCH-2 does with its
 * default {@code require_dyad = True}: an event needs both a source and a target ("an official
 * said" alone is no event), an actor never acts on itself, and a paired code ({@code [032:033]})
 * gives the reverse event too. One exception, also PETRARCH's: several sources and no target in a
 * cooperation code (roots 03–06: "A and B signed an accord") give an event from each source to each
 * other one.
 *
 * <p>Stateless; thread-safe.
 */
final class Dyads {

    /** The CAMEO roots PETRARCH treats as cooperation among the sources of a targetless verb. */
    private static final Set<String> COOPERATION_ROOTS = Set.of("03", "04", "05", "06");

    private Dyads() {
    }

    /** The events between {@code sources} and {@code targets} under {@code code}; empty when one side is missing. */
    static List<CodedEvent> events(List<String> sources, List<String> targets, EventCode code, int verb, String why) {
        List<CodedEvent> out = new ArrayList<>();
        List<String> toward = targets.isEmpty() && sources.size() > 1 && isCooperation(code) ? sources : targets;
        for (String s : sources) {
            for (String t : toward) {
                if (s.equals(t)) {
                    continue; // an actor does not act on itself
                }
                if (!code.forward().equals(EventCode.NONE)) {
                    out.add(new CodedEvent(s, t, code.forward(), verb, why));
                }
                if (code.paired()) {
                    out.add(new CodedEvent(t, s, code.reverse(), verb, why));
                }
            }
        }
        return out;
    }

    /**
     * The events among the actors of a compound ({@code %}) slot: each toward each other one under
     * the code's forward code ({@code [030:030]} gives A→B and B→A once each); empty for fewer than two.
     */
    static List<CodedEvent> among(List<String> actors, EventCode code, int verb, String why) {
        List<CodedEvent> out = new ArrayList<>();
        if (actors.size() < 2 || code.forward().equals(EventCode.NONE)) {
            return out;
        }
        for (String s : actors) {
            for (String t : actors) {
                if (!s.equals(t)) {
                    out.add(new CodedEvent(s, t, code.forward(), verb, why));
                }
            }
        }
        return out;
    }

    private static boolean isCooperation(EventCode code) {
        String forward = code.forward();
        return forward.length() >= 2 && COOPERATION_ROOTS.contains(forward.substring(0, 2));
    }
}

package org.parley.core.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.Conflict;
import org.parley.model.EventMention;
import org.parley.model.Evidence;

/**
 * The mode of a consolidated event (phone, visit, host, meeting...) from its mentions, and a
 * {@code mode} conflict when sources give different modes outside the in-person family. Stateless.
 */
final class ModeConsensus {

    /** In-person modes are perspectives on one meeting (who hosts, who visits), not disagreements. */
    static final Set<String> IN_PERSON = Set.of("meeting", "host", "visit", "talks", "summit");

    private ModeConsensus() {
    }

    /** The mode given by the most documents, ties by name; {@code fallback} when no mention gives one. */
    static String best(List<EventMention> mentions, String fallback) {
        Map<String, Set<String>> docs = new TreeMap<>();
        for (EventMention m : mentions) {
            if (m.mode() != null) {
                docs.computeIfAbsent(m.mode(), k -> new TreeSet<>()).add(m.evidence().doc());
            }
        }
        return docs.entrySet().stream().min(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(fallback);
    }

    /**
     * A conflict when sources give different modes outside the in-person family (for types other
     * than CONSULT, whose modes do not split events), each mode with the sentences that give it.
     */
    static Optional<Conflict> conflict(List<EventMention> mentions) {
        Map<String, Set<String>> docs = new TreeMap<>();
        Map<String, List<Evidence>> said = new TreeMap<>();
        for (EventMention m : mentions) {
            if (m.mode() != null && !IN_PERSON.contains(m.mode())) {
                docs.computeIfAbsent(m.mode(), k -> new TreeSet<>()).add(m.evidence().doc());
                said.computeIfAbsent(m.mode(), k -> new ArrayList<>()).add(m.evidence());
            }
        }
        if (docs.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Conflict("mode", docs.entrySet().stream()
                .map(e -> new Conflict.Value(e.getKey(), List.copyOf(e.getValue()), said.get(e.getKey()))).toList(), null));
    }
}

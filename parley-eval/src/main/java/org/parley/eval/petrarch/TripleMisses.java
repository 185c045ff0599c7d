package org.parley.eval.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sorts the gold (source, target, code) triples a coder missed by cause: {@code wrong actors} (the
 * code was predicted with other actors), {@code wrong code} (the actor pair was predicted with
 * another code), or, when the sentence gave nothing close, the coder's own reason for its first
 * uncoded verb (coders list their most telling reason first) ({@code NO_VERB_FAMILY}, {@code NO_PATTERN}, {@code NO_ACTORS}, ...), else
 * {@code other}; predicted triples matching no gold one count as {@code spurious}.
 *
 * <p>Only for code-and-actor coders: a code-only coder's misses are not sorted. Not thread-safe.
 */
final class TripleMisses {

    private final Map<String, Integer> counts = new TreeMap<>();

    void add(List<PetrarchRecord.Coding> gold, RecordCoder.Coded predicted) {
        if (predicted.codings().stream().anyMatch(c -> c.source().isEmpty() && c.target().isEmpty())) {
            return;
        }
        List<PetrarchRecord.Coding> unmatched = new ArrayList<>(predicted.codings());
        List<PetrarchRecord.Coding> missed = new ArrayList<>();
        for (PetrarchRecord.Coding g : gold) {
            if (!unmatched.remove(g)) {
                missed.add(g);
            }
        }
        for (PetrarchRecord.Coding g : missed) {
            counts.merge(cause(g, predicted), 1, Integer::sum);
        }
        if (!unmatched.isEmpty()) {
            counts.merge("spurious", unmatched.size(), Integer::sum);
        }
    }

    private static String cause(PetrarchRecord.Coding g, RecordCoder.Coded predicted) {
        if (predicted.codings().stream().anyMatch(p -> p.eventCode().equals(g.eventCode()))) {
            return "wrong actors";
        }
        if (predicted.codings().stream().anyMatch(p -> p.source().equals(g.source()) && p.target().equals(g.target()))) {
            return "wrong code";
        }
        return predicted.misses().isEmpty() ? "other" : predicted.misses().get(0);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    static String describe(Map<String, Integer> misses) {
        return new TreeMap<>(misses).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

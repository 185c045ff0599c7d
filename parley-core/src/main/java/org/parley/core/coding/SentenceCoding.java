package org.parley.core.coding;

import java.util.List;

/**
 * What the coder made of one sentence: its events and, for the verbs it did not code, why.
 *
 * @param events the coded events in verb order
 * @param misses the verbs (or the sentence) left uncoded, with their reasons
 */
public record SentenceCoding(List<CodedEvent> events, List<CodingMiss> misses) {
    public SentenceCoding {
        events = List.copyOf(events);
        misses = List.copyOf(misses);
    }
}

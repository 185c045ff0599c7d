package org.parley.eval.plover;

import java.util.List;
import java.util.Objects;

/**
 * One coded sentence of the PLOVER gold-standard records.
 *
 * @param id      the record id ({@code PLOVER-GSR01-AGREE-0001})
 * @param text    the sentence
 * @param event   the gold PLOVER event type ({@code AGREE})
 * @param sources the source actors (may be empty)
 * @param targets the target actors (may be empty)
 */
public record PloverRecord(String id, String text, String event, List<GoldActor> sources, List<GoldActor> targets) {
    public PloverRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}

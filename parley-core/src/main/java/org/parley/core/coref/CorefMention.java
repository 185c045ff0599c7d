package org.parley.core.coref;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event mention to resolve: the engine-free input of {@link EventCorefClusterer}.
 *
 * @param id        unique among the mentions resolved together; also orders them, so ids make runs
 *                  reproducible whatever the input order
 * @param document  the document it occurs in (the key a document clustering assigns a story to)
 * @param sentence  0-based sentence index in its document, or -1 when unknown
 * @param trigger   its head word
 * @param arguments what its sentence says around the trigger ({@link Arguments#NONE} when unknown)
 * @param published its document's publication day, or null when unknown
 */
public record CorefMention(String id, String document, int sentence, Trigger trigger, Arguments arguments,
                           LocalDate published) {
    public CorefMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(arguments, "arguments");
    }
}

package org.parley.model;

import java.util.Objects;

/**
 * Names one event mention inside its article: the sentence it rests on, its type and its trigger.
 * An act said during a meeting names the meeting's mention this way ({@link EventMention#during()}),
 * because the meeting's consolidated event and its id are only known after consolidation.
 *
 * @param sentence index of the sentence in the article
 * @param type     PLOVER type of the mention
 * @param trigger  its trigger as written
 */
public record MentionRef(int sentence, String type, String trigger) {
    public MentionRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
    }

    /** How {@code mention} is named inside its article (a missing trigger as "null"). */
    public static MentionRef of(EventMention mention) {
        return new MentionRef(mention.evidence().sentence(), mention.type(), String.valueOf(mention.trigger()));
    }
}

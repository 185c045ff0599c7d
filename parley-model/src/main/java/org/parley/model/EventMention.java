package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's report of one event: typed, dated, placed, with source and target actors and the
 * sentence it was read from.
 *
 * @param type       PLOVER event type, upper case (CONSULT, AGREE, AID, ...)
 * @param mode       PLOVER mode where it applies (phone, visit, host, meeting, ...), or null
 * @param cameo      nearest CAMEO code, or null
 * @param trigger    the word(s) that express the event ("met", "phone talks", "signed")
 * @param source     who acts
 * @param target     on or with whom
 * @param date       when
 * @param location   where, or null
 * @param topics     controlled topic keys
 * @param background true when mentioned as background ("since President Biden's visit to Hanoi in September 2023")
 * @param evidence   the sentence
 * @param during     the meeting of the same article this act was said during (talks, a call, a
 *                   visit), or null
 * @param status     whether the sentence gives the event as held or as still to come ("will visit"):
 *                   {@link EventStatus#HELD} when null
 */
public record EventMention(String type, String mode, String cameo, String trigger, List<Actor> source,
                           List<Actor> target, EventDate date, Location location, List<String> topics,
                           boolean background, Evidence evidence, MentionRef during, EventStatus status) {
    public EventMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        source = List.copyOf(source);
        target = List.copyOf(target);
        topics = List.copyOf(topics);
        status = status == null ? EventStatus.HELD : status;
    }

    /** A mention reported as held. */
    public EventMention(String type, String mode, String cameo, String trigger, List<Actor> source,
                        List<Actor> target, EventDate date, Location location, List<String> topics,
                        boolean background, Evidence evidence, MentionRef during) {
        this(type, mode, cameo, trigger, source, target, date, location, topics, background, evidence, during,
                EventStatus.HELD);
    }

    /** A mention said during no other event of its article. */
    public EventMention(String type, String mode, String cameo, String trigger, List<Actor> source,
                        List<Actor> target, EventDate date, Location location, List<String> topics,
                        boolean background, Evidence evidence) {
        this(type, mode, cameo, trigger, source, target, date, location, topics, background, evidence, null,
                EventStatus.HELD);
    }
}

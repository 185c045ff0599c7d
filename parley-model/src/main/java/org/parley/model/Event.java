package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * One real event with every mention that reports it: typed, dated, placed, with its actors, and
 * the conflicts between its sources.
 *
 * @param id         stable id
 * @param story      id of the story (cross-outlet cluster) it belongs to, or null
 * @param type       PLOVER type
 * @param mode       PLOVER mode, or null
 * @param cameo      nearest CAMEO code, or null
 * @param date       the best-supported date
 * @param location   where, or null
 * @param source     who acts
 * @param target     on or with whom
 * @param topics     controlled topic keys
 * @param background true when every mention is a background mention
 * @param mentions   the mentions that report it, at least one
 * @param conflicts  fields on which the mentions disagree
 */
public record Event(String id, String story, String type, String mode, String cameo, EventDate date,
                    Location location, List<Actor> source, List<Actor> target, List<String> topics,
                    boolean background, List<EventMention> mentions, List<Conflict> conflicts) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        source = List.copyOf(source);
        target = List.copyOf(target);
        topics = List.copyOf(topics);
        mentions = List.copyOf(mentions);
        conflicts = List.copyOf(conflicts);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
    }
}

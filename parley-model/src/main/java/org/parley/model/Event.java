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
 * @param during     id of the event (talks, a call, a visit) this act was said during, or null
 * @param status     held, or still to come when every mention gives it so (planned, invited, accepted)
 * @param heldAs     for an event still to come, id of the held event it became when a report gives it, else null
 */
public record Event(String id, String story, String type, String mode, String cameo, EventDate date,
                    Location location, List<Actor> source, List<Actor> target, List<String> topics,
                    boolean background, List<EventMention> mentions, List<Conflict> conflicts, String during,
                    EventStatus status, String heldAs) {
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
        status = status == null ? EventStatus.HELD : status;
    }

    /** An event reported as held. */
    public Event(String id, String story, String type, String mode, String cameo, EventDate date,
                 Location location, List<Actor> source, List<Actor> target, List<String> topics,
                 boolean background, List<EventMention> mentions, List<Conflict> conflicts, String during) {
        this(id, story, type, mode, cameo, date, location, source, target, topics, background, mentions, conflicts,
                during, EventStatus.HELD, null);
    }

    /** An event said during no other event. */
    public Event(String id, String story, String type, String mode, String cameo, EventDate date,
                 Location location, List<Actor> source, List<Actor> target, List<String> topics,
                 boolean background, List<EventMention> mentions, List<Conflict> conflicts) {
        this(id, story, type, mode, cameo, date, location, source, target, topics, background, mentions, conflicts,
                null, EventStatus.HELD, null);
    }

    /** This event with another id, as stable ids are carried over. */
    public Event withId(String newId) {
        return new Event(newId, story, type, mode, cameo, date, location, source, target, topics, background, mentions,
                conflicts, during, status, heldAs);
    }

    /** This event as said during the event {@code parent} (an id), or during none when null. */
    public Event withDuring(String parent) {
        return new Event(id, story, type, mode, cameo, date, location, source, target, topics, background, mentions,
                conflicts, parent, status, heldAs);
    }

    /** This event dated otherwise (an act taking the day chosen for the event it was said during). */
    public Event withDate(EventDate newDate) {
        return new Event(id, story, type, mode, cameo, newDate, location, source, target, topics, background, mentions,
                conflicts, during, status, heldAs);
    }

    /** This event still to come, as held as the event {@code held} (an id), or not known held when null. */
    public Event withHeldAs(String held) {
        return new Event(id, story, type, mode, cameo, date, location, source, target, topics, background, mentions,
                conflicts, during, status, held);
    }
}

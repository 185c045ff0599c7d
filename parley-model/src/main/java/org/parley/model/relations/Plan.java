package org.parley.model.relations;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventDate;

/**
 * A visit or meeting between the two sides that reports state as invited, planned or accepted ("reiterated
 * the invitation to Biden to visit Vietnam", "is scheduled to visit"), and the event record of it once held.
 *
 * @param action      whether someone is to visit a country or to meet someone
 * @param who         the person (canonical name when resolved, else as written) or country to go or meet
 * @param whoCountry  ISO alpha-3 of {@code who}
 * @param whom        the country to be visited (its name) or the person to be met
 * @param whomCountry ISO alpha-3 of {@code whom}
 * @param intended    when it is to take place as reports state it: a date, or unknown with the vague words
 *                    ("at an early date") or none
 * @param stated      when it was first stated (the report's publication date, else the date of its events)
 * @param status      the furthest status reports give, {@link Status#HELD} when an event record matches
 * @param held        that event record, or null
 * @param sources     the sentences that state it
 */
public record Plan(Action action, String who, String whoCountry, String whom, String whomCountry, EventDate intended,
                   EventDate stated, Status status, Held held, List<RelationSource> sources) {

    /** What is to happen. */
    public enum Action { VISIT, MEET }

    /** How far a plan got, in order: an invitation, an announcement or schedule, an acceptance, the event itself. */
    public enum Status { INVITED, PLANNED, ACCEPTED, HELD }

    /**
     * The event record of a plan that took place.
     *
     * @param event id of the event record
     * @param date  its date
     * @param place where it took place, or null
     * @param delay the time from the plan's statement to the event, ISO 8601 at the coarser of the two
     *              dates' precisions ("P5M"), or null when either date is unknown
     */
    public record Held(String event, EventDate date, String place, String delay) {
        public Held {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(date, "date");
        }
    }

    public Plan {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(whom, "whom");
        Objects.requireNonNull(intended, "intended");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(status, "status");
        if ((status == Status.HELD) != (held != null)) {
            throw new IllegalArgumentException("a plan is held exactly when its event is known: " + status);
        }
        sources = List.copyOf(sources);
    }
}

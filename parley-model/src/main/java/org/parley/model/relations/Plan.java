package org.parley.model.relations;

import java.util.List;
import java.util.Objects;
import org.parley.model.EventDate;

/**
 * A visit or meeting between the two sides that reports state as invited, planned or accepted ("reiterated
 * the invitation to Biden to visit Vietnam", "is scheduled to visit"), or the next edition of one of their
 * mechanisms ("agreed to hold the second Dialogue in Hanoi next year"), and the event record of it once held.
 *
 * @param action      whether someone is to visit a country, to meet someone, or a mechanism is to meet again
 * @param who         the person (canonical name when resolved, else as written) or country to go or meet; for
 *                    an edition, the mechanism's name
 * @param whoCountry  ISO alpha-3 of {@code who}; for an edition, the pair's first country
 * @param whom        the country to be visited (its name) or the person to be met; for an edition, the place as
 *                    stated, or empty
 * @param whomCountry ISO alpha-3 of {@code whom}; for an edition, the pair's second country
 * @param intended    when it is to take place as reports state it: a date, or unknown with the vague words
 *                    ("at an early date") or none
 * @param stated      when it was first stated (the report's publication date, else the date of its events)
 * @param status      the furthest status reports give, {@link Status#HELD} when an event record matches
 * @param held        that event record, or null
 * @param sources     the sentences that state it
 * @param edition     for {@link Action#EDITION}, which edition of which mechanism; null for a visit or meeting
 */
public record Plan(Action action, String who, String whoCountry, String whom, String whomCountry, EventDate intended,
                   EventDate stated, Status status, Held held, List<RelationSource> sources, Next edition) {

    /** What is to happen: a visit, a meeting, or a mechanism's next edition. */
    public enum Action { VISIT, MEET, EDITION }

    /**
     * The edition a plan of {@link Action#EDITION} is for.
     *
     * @param mechanism the mechanism's key (mechanisms.tsv)
     * @param ordinal   the edition's ordinal ("the second" 2; "the next" one after the last reported), 0 when unknown
     * @param place     where it is to be held as stated ("in Hanoi"), or null
     */
    public record Next(String mechanism, int ordinal, String place) {
        public Next {
            Objects.requireNonNull(mechanism, "mechanism");
        }
    }

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
        if ((action == Action.EDITION) != (edition != null)) {
            throw new IllegalArgumentException("an edition plan, and only one, names its edition: " + action);
        }
        sources = List.copyOf(sources);
    }

    /** A visit or meeting (no edition). */
    public Plan(Action action, String who, String whoCountry, String whom, String whomCountry, EventDate intended,
                EventDate stated, Status status, Held held, List<RelationSource> sources) {
        this(action, who, whoCountry, whom, whomCountry, intended, stated, status, held, sources, null);
    }
}

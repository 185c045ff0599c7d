package org.parley.model;

/**
 * Whether a report gives an event as held or as still to come. The names follow the statuses of a
 * relationship's plans ({@link org.parley.model.relations.Plan.Status}), whose cues they share.
 */
public enum EventStatus {
    /** Reported as having happened (or happening): the default. */
    HELD,
    /** Announced, scheduled or intended ("will visit", "is scheduled to meet", "Biden to visit Vietnam"). */
    PLANNED,
    /** Offered by the other side ("invited him to visit"). */
    INVITED,
    /** An invitation accepted, not yet held ("accepted the invitation to visit"). */
    ACCEPTED;

    /** Whether the event is still to come. */
    public boolean toCome() {
        return this != HELD;
    }

    /** The status as the contract writes it ({@code held}, {@code planned}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.parley.model;

/** What kind of thing an actor is. */
public enum ActorKind {
    PERSON, ORGANIZATION, COUNTRY, GROUP
}

package org.parley.model;

/**
 * The kind of named entity (or number, amount or time) a token belongs to, as an entity tagger
 * tells them apart: the coarse kinds (person, organisation, location), the fine ones Parley reads
 * (country, city, nationality, title...), amounts and times; {@link #NONE} for a token outside any
 * entity and {@link #OTHER} for a kind Parley does not distinguish. The NLP adapter maps its
 * tagger's classes onto these.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    /** A place that is not (known to be) a country, city or state. */
    LOCATION,
    COUNTRY,
    CITY,
    STATE_OR_PROVINCE,
    /** A nationality or demonym ("Vietnamese"). */
    NATIONALITY,
    /** A job title or office ("minister", "Secretary of State"). */
    TITLE,
    RELIGION,
    IDEOLOGY,
    CRIMINAL_CHARGE,
    CAUSE_OF_DEATH,
    /** A named thing of none of the other kinds (an event, a work, a product). */
    MISC,
    MONEY,
    PERCENT,
    NUMBER,
    ORDINAL,
    DATE,
    TIME,
    DURATION,
    /** A set of times ("every Monday"). */
    SET,
    EMAIL,
    URL,
    /** A social-media handle. */
    HANDLE,
    /** Not part of an entity. */
    NONE,
    /** A kind outside this list. */
    OTHER
}

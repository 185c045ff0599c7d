package org.parley.core.actors;

/** What a {@link ReadingPass} adds to an {@link ArticleReading}, and what a later pass may require. */
enum ReadingFact {
    /** People named in full, with their titles, country modifiers and appositions; met in {@link People}. */
    FULL_NAMES,
    /** People the knowledge base does not know, with the actor dictionaries' code at the article's date. */
    DICTIONARY_PEOPLE,
    /** Organisations by name, acronym or entity tag, with their country. */
    ORGANIZATIONS,
    /** Countries by name, demonym or abbreviation; capitals acting; peoples ("Albanians"). */
    COUNTRIES,
    /** Countries only the actor dictionaries know by the name written ("Bosnia", "Kampuchean"). */
    DICTIONARY_COUNTRIES,
    /** Country names written with one letter too many or too few ("Ethopia", "Quatar"). */
    MISSPELT_COUNTRIES,
    /** Bodies named by a common noun ("Israeli troops", "police"), grown over the country that qualifies them. */
    COLLECTIVES,
    /** Collectives and descriptions given a sector by the agent dictionary ("Afghan rebel leaders", "doctors"). */
    AGENTS,
    /** Ministries named without a country given the article's one country. */
    MINISTRY_COUNTRIES,
    /** Names of the actor dictionaries no list knew, and organisations given their country by them. */
    DICTIONARY_NAMES,
    /** The actor of every person met by full name, fixed from their full mentions. */
    GROUNDED_PEOPLE,
    /** Short forms of people ("Blinken", "Secretary Blinken", "President Biden"). */
    SHORT_FORMS,
    /** State nouns owned by a person ("Biden's administration"): the person's country. */
    OWNED_STATES,
    /** Descriptions standing for a person ("the Secretary", "the US diplomat", "the host"). */
    DESCRIPTIONS,
    /** Groups standing for two actors ("the two sides", "both countries", "they"). */
    GROUPS,
    /** He, his, him, she, her. */
    PRONOUNS,
    /** An "it" that reports what the country or organisation opening the sentence did. */
    REPORTED_IT
}

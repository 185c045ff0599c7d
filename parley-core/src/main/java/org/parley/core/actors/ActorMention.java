package org.parley.core.actors;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Span;

/**
 * One place in an article where an actor is referred to, resolved to the actor.
 *
 * <p>A group reference ("the two ministers", "both sides") yields one mention per actor it
 * stands for, all with the same span.
 *
 * @param sentence   index of the sentence
 * @param beginToken first token of the mention, 0-based within the sentence
 * @param endToken   one past its last token
 * @param span       its characters in the clean text
 * @param text       as written
 * @param actor      the actor it refers to
 * @param basis      how it was resolved
 * @param title      the title the article gives the actor — a person's office, country and sector, the
 *                   same on every mention of them ("Blinken" carries the "Secretary of State" of
 *                   "Secretary of State Antony Blinken"); empty when it gives none, and for non-persons
 */
public record ActorMention(int sentence, int beginToken, int endToken, Span span, String text, Actor actor,
                           Basis basis, Optional<Title> title) {

    /** How a mention was tied to its actor. */
    public enum Basis {
        /** A full name, possibly with its title ("US Secretary of State Antony Blinken"). */
        NAMED,
        /** A short form of a name met earlier in the article ("Blinken", "Son"). */
        SHORT_FORM,
        /** A description that stands for an actor met earlier ("the Secretary", "the PM", "the host"). */
        DESCRIPTION,
        /** A group standing for several actors ("the two ministers", "both sides"). */
        GROUP,
        /** A country by name, demonym, abbreviation or capital metonym ("Viet Nam", "U.S.", "Washington"). */
        COUNTRY,
        /** A pronoun resolved to the nearest compatible actor ("he", "his"). */
        PRONOUN
    }

    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(title, "title");
        if (beginToken < 0 || endToken <= beginToken) {
            throw new IllegalArgumentException("bad token range [" + beginToken + ", " + endToken + ")");
        }
    }

    /** A mention without a title. */
    public ActorMention(int sentence, int beginToken, int endToken, Span span, String text, Actor actor, Basis basis) {
        this(sentence, beginToken, endToken, span, text, actor, basis, Optional.empty());
    }

    public boolean coversToken(int sentenceIndex, int token) {
        return sentence == sentenceIndex && beginToken <= token && token < endToken;
    }
}

package org.parley.core.actors;

import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * A reference found by a pass, before it becomes an {@link ActorMention}: tokens
 * {@code [begin, end)} of a sentence, and either a {@link Person} (whose actor is fixed late, when
 * all their full mentions are read) or a fixed actor.
 *
 * @param group the number shared by the references of one group phrase ("the two sides"), else -1
 */
record Reference(int sentence, int begin, int end, ActorMention.Basis basis, Person person, Actor actor,
                 int group) {

    static final int NO_GROUP = -1;

    /** A reference to a person met in the article. */
    static Reference toPerson(int sentence, int begin, int end, ActorMention.Basis basis, Person person) {
        return new Reference(sentence, begin, end, basis, person, null, NO_GROUP);
    }

    /** A reference to a fixed actor (country, organisation, collective). */
    static Reference toActor(int sentence, int begin, int end, ActorMention.Basis basis, Actor actor) {
        return new Reference(sentence, begin, end, basis, null, actor, NO_GROUP);
    }

    Actor resolved() {
        return person != null ? person.actor() : actor;
    }

    /** The title of the person referred to; empty for fixed actors. */
    Optional<Title> title() {
        return person != null ? person.title() : Optional.empty();
    }

    boolean isPerson() {
        return person != null || actor.kind() == ActorKind.PERSON;
    }

    boolean isCountry() {
        return basis == ActorMention.Basis.COUNTRY;
    }

    /** A sort key in text order. */
    int position() {
        return position(sentence, begin);
    }

    /** The sort key of token {@code token} of sentence {@code sentence} (sentences are far shorter than 10,000 tokens). */
    static int position(int sentence, int token) {
        return sentence * 10_000 + token;
    }
}

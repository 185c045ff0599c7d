package org.parley.core.dates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.Title;
import org.parley.model.Actor;

/**
 * An actor taking part in the event to date, with the title the article gives it: a person's tenure
 * in the office their title names bounds the year ({@link Tenures}).
 *
 * @param actor the actor
 * @param title the title of its actor mentions; empty for non-persons and people the article gives no title
 */
public record Participant(Actor actor, Optional<Title> title) {

    public Participant {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(title, "title");
    }

    /** An actor with no title: a country, an organisation, a person the text names bare. */
    public static Participant untitled(Actor actor) {
        return new Participant(actor, Optional.empty());
    }

    /** Each actor with the title its mentions carry (a person's title is the same on all their mentions). */
    public static List<Participant> of(List<Actor> actors, List<ActorMention> mentions) {
        return actors.stream().map(a -> new Participant(a, mentions.stream().filter(m -> m.actor().equals(a))
                .map(ActorMention::title).flatMap(Optional::stream).findFirst())).toList();
    }
}

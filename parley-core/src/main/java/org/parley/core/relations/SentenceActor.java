package org.parley.core.relations;

import java.util.List;
import java.util.Objects;
import org.parley.core.actors.ActorMention;
import org.parley.core.actors.ActorResolver;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * An actor a report's sentence refers to, where: the plan reader's view of the actor resolver's output.
 *
 * @param sentence the sentence's index
 * @param begin    where the reference starts, in the sentence's characters
 * @param end      where it ends
 */
record SentenceActor(int sentence, int begin, int end, Actor actor) {
    SentenceActor {
        Objects.requireNonNull(actor, "actor");
    }

    /** The actors {@code resolver} finds in {@code report}, in text order. */
    static List<SentenceActor> resolved(ActorResolver resolver, ReportText report) {
        return resolver.resolve(report.article(), report.annotation()).stream().map(m -> {
            int sentenceStart = report.annotation().sentences().get(m.sentence()).span().begin();
            return new SentenceActor(m.sentence(), m.span().begin() - sentenceStart, m.span().end() - sentenceStart,
                    m.actor());
        }).toList();
    }

    /** Whether it is a resolved person, not a country or organisation. */
    boolean isPerson() {
        return actor.kind() == ActorKind.PERSON;
    }
}

package org.parley.core.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.core.dates.Participant;

/**
 * Dates each event with the injected {@link EventDating}, from its sentence, trigger and
 * participants (its sides, with the titles of their actor mentions); a background event is dated
 * from its own sentence only. Reads {@code MERGED} (only the events that remain are dated),
 * {@code SIDES} and {@code BACKGROUND}; adds {@code DATES}.
 */
final class DateAssigner implements EventPass {

    private final EventDating dater;

    DateAssigner(EventDating dater) {
        this.dater = dater;
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.MERGED, Fact.SIDES, Fact.BACKGROUND), Set.of(Fact.DATES));
    }

    @Override
    public void apply(ArticleEvents article) {
        List<ActorMention> mentions = article.sentences().stream().flatMap(s -> s.actorMentions().stream()).toList();
        article.revise(d -> Optional.of(d.withDate(Objects.requireNonNull(dater.date(article.analysis(),
                d.sentence(), d.token(), Participant.of(d.sides().all(), mentions), d.background()),
                "the dater gave no date"))));
    }
}

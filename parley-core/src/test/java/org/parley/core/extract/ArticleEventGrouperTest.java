package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.Location;
import org.parley.model.Span;

class ArticleEventGrouperTest {
    private static final ArticleId ARTICLE = new ArticleId("0123456789abcdef0123456789abcdef");
    private static final Actor A = new Actor("Ana Alves", ActorKind.PERSON, "Foreign Minister", "PRT", "GOV");
    private static final Actor B = new Actor("Bo Berg", ActorKind.PERSON, "Foreign Minister", "SWE", "GOV");
    private static final EventDate DAY = new EventDate.ExactDay(LocalDate.of(2024, 5, 2), EventDate.Basis.STATED, List.of("on May 2, 2024"));

    private static EventMention mention(String type, Actor source, Actor target, int sentence, Location where, String topic) {
        return new EventMention(type, type.equals("CONSULT") ? "meeting" : null, "040", "met", List.of(source), List.of(target),
                DAY, where, List.of(topic), false, new Evidence(ARTICLE, "a.txt", sentence, new Span(sentence * 10, sentence * 10 + 9), "s" + sentence));
    }

    @Test
    void aMeetingToldFromBothSidesIsOneEventWithBothMentions() {
        Location lisbon = new Location("Lisbon", "PRT", 38.7, -9.1);
        List<Event> events = ArticleEventGrouper.group(List.of(
                mention("CONSULT", A, B, 0, null, "trade"),
                mention("CONSULT", B, A, 3, lisbon, "education")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.location()).isEqualTo(lisbon);
            assertThat(e.topics()).containsExactly("trade", "education");
            assertThat(e.source()).containsExactly(A);
        });
    }

    @Test
    void directionMattersOutsideConsultationsAndIdsAreStable() {
        List<EventMention> mentions = List.of(mention("SUPPORT", A, B, 0, null, "trade"), mention("SUPPORT", B, A, 1, null, "trade"));

        List<Event> events = ArticleEventGrouper.group(mentions);

        assertThat(events).hasSize(2);
        assertThat(events.get(0).id()).isNotEqualTo(events.get(1).id()).startsWith("ev-");
        assertThat(ArticleEventGrouper.group(mentions)).extracting(Event::id)
                .containsExactly(events.get(0).id(), events.get(1).id());
    }
}

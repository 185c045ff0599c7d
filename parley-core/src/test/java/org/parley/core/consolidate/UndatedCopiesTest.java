package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.BLINKEN;
import static org.parley.core.consolidate.Mentions.SON;
import static org.parley.core.consolidate.Mentions.consult;
import static org.parley.core.consolidate.Mentions.day;
import static org.parley.core.consolidate.Mentions.id;
import static org.parley.core.consolidate.Mentions.meeting;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventDate.Basis;
import org.parley.model.EventMention;

class UndatedCopiesTest {

    private static final EventConsolidator CONSOLIDATOR = EventConsolidator.withoutArticles();

    private static EventMention undated(int article, boolean background) {
        return consult(article, 1, "meeting", BLINKEN, SON, new EventDate.Unknown(List.of("candidate years 2022, 2023")),
                null, background);
    }

    private static Map<String, List<ArticleId>> oneStory(int... articles) {
        return Map.of("story-1", java.util.Arrays.stream(articles).mapToObj(Mentions::id).toList());
    }

    @Test
    void anUndatedReportJoinsTheOneDatedEventOfItsStory() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-11-15", Basis.STATED, null), undated(2, false)), oneStory(1, 2));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).date().iso()).isEqualTo("2023-11-15");
        assertThat(events.get(0).mentions()).hasSize(2);
        assertThat(events.get(0).conflicts()).isEmpty();
    }

    @Test
    void outsideAStoryTheUndatedReportStaysApart() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-11-15", Basis.STATED, null), undated(2, false)), Map.of());

        assertThat(events).extracting(e -> e.date().precision()).containsExactly(DatePrecision.DAY, DatePrecision.UNKNOWN);
    }

    @Test
    void twoDatedEventsLeaveTheCopyApart() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-11-15", Basis.STATED, null), meeting(3, "2024-06-02", Basis.STATED, null),
                undated(2, false)), oneStory(1, 2, 3));

        assertThat(events).hasSize(3);
        assertThat(events.get(2).date().precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void aBackgroundMentionNeverJoinsThisWay() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-11-15", Basis.STATED, null), undated(2, true)), oneStory(1, 2));

        assertThat(events).hasSize(2);
        EventMention dated = consult(1, 0, "meeting", BLINKEN, SON, day("2023-11-15", Basis.STATED), null, false);
        assertThat(events.get(0).mentions()).containsExactly(dated);
        assertThat(id(2)).isEqualTo(events.get(1).mentions().get(0).evidence().article());
    }
}

package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.BLINKEN;
import static org.parley.core.consolidate.Mentions.HANOI;
import static org.parley.core.consolidate.Mentions.SON;
import static org.parley.core.consolidate.Mentions.day;
import static org.parley.core.consolidate.Mentions.doc;
import static org.parley.core.consolidate.Mentions.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.Evidence;
import org.parley.model.MentionRef;
import org.parley.model.Span;

class ParentEventsTest {
    private static final MentionRef TALKS_0 = new MentionRef(0, "CONSULT", "met");

    @Test
    void anActSaidDuringTalksNamesTheTalksEventAcrossReports() {
        EventMention talks1 = Mentions.meeting(1, "2023-04-15", EventDate.Basis.STATED, HANOI);
        EventMention talks2 = Mentions.meeting(2, "2023-04-15", EventDate.Basis.STATED, HANOI);
        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(talks1, talks2,
                agree(1, 3, TALKS_0), agree(2, 5, TALKS_0)), Map.of());

        Event talks = only(events, "CONSULT");
        Event agreement = only(events, "AGREE");
        assertThat(talks.mentions()).hasSize(2);
        assertThat(agreement.mentions()).hasSize(2);
        assertThat(agreement.during()).isEqualTo(talks.id());
        assertThat(talks.during()).isNull();
    }

    @Test
    void anActNamingNoMentionThatExistsIsSaidDuringNothing() {
        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(
                agree(1, 3, new MentionRef(9, "CONSULT", "talks"))), Map.of());

        assertThat(events).singleElement().extracting(Event::during).isNull();
    }

    @Test
    void theMostNamedParentWinsThenTheSmallerId() {
        assertThat(ParentEvents.elect("ev-act", List.of("ev-b", "ev-a", "ev-b"))).contains("ev-b");
        assertThat(ParentEvents.elect("ev-act", List.of("ev-b", "ev-a"))).contains("ev-a");
        assertThat(ParentEvents.elect("ev-act", List.of("ev-act"))).isEmpty();
    }

    @Test
    void renamingFollowsTheStableIds() {
        Event act = new Event("ev-1", null, "AGREE", null, "030", day("2023-04-15", EventDate.Basis.STATED), null,
                List.of(BLINKEN), List.of(SON), List.of(), false, List.of(agree(1, 3, TALKS_0)), List.of(), "ev-0");

        assertThat(ParentEvents.renamed(List.of(act), id -> id.equals("ev-0") ? "ev-stable" : id))
                .singleElement().extracting(Event::during).isEqualTo("ev-stable");
    }

    @Test
    void anActDatedOnlyByItsReportsDisputedDayOfTheTalksTakesTheDayChosenForThem() {
        // two outlets give the talks 15 April, a third (another clock) 16 April; its report's request was
        // dated by its own talks
        List<Event> events = EventConsolidator.withoutArticles().consolidateMentions(List.of(
                Mentions.meeting(1, "2023-04-15", EventDate.Basis.STATED, HANOI),
                Mentions.meeting(2, "2023-04-15", EventDate.Basis.STATED, HANOI),
                Mentions.meeting(3, "2023-04-16", EventDate.Basis.STATED, HANOI),
                request(3, 2, "2023-04-16", EventDate.Basis.INFERRED)), Map.of());

        Event talks = only(events, "CONSULT");
        assertThat(talks.date().iso()).isEqualTo("2023-04-15");
        assertThat(talks.conflicts()).extracting(c -> c.field()).containsExactly("date");
        Event lent = events.stream().filter(e -> e.type().equals("REQUEST")
                && e.mentions().get(0).evidence().doc().equals(doc(3))).findFirst().orElseThrow();
        assertThat(lent.during()).isEqualTo(talks.id());
        assertThat(lent.date().iso()).isEqualTo("2023-04-15");
        assertThat(lent.date().inferred()).isTrue();
        assertThat(lent.date().evidence().get(0)).contains(talks.id()).contains("2023-04-15").contains("not 2023-04-16");
    }

    @Test
    void anActWithADayOfItsOwnOrUnderUndisputedTalksKeepsItsDay() {
        Event talks = new Event("ev-t", null, "CONSULT", "meeting", "040", day("2023-04-15", EventDate.Basis.STATED),
                HANOI, List.of(BLINKEN), List.of(SON), List.of(), false,
                List.of(Mentions.meeting(1, "2023-04-15", EventDate.Basis.STATED, HANOI)), List.of());
        Event stated = new Event("ev-a", null, "REQUEST", null, "100", day("2023-04-16", EventDate.Basis.STATED), null,
                List.of(SON), List.of(BLINKEN), List.of(), false, List.of(request(1, 2, "2023-04-16", EventDate.Basis.STATED)),
                List.of());
        Event inferred = stated.withDate(day("2023-04-16", EventDate.Basis.INFERRED));

        assertThat(ParentEvents.adopt(stated, talks).date().iso()).isEqualTo("2023-04-16");
        assertThat(ParentEvents.adopt(inferred, talks).date().iso()).as("the talks' day is not disputed").isEqualTo("2023-04-16");
        assertThat(ParentEvents.adopt(inferred, talks).during()).isEqualTo("ev-t");
    }

    private static EventMention request(int article, int sentence, String iso, EventDate.Basis basis) {
        String text = "Sentence " + sentence + " of outlet " + article + ".";
        return new EventMention("REQUEST", null, "100", "asked", List.of(SON), List.of(BLINKEN), day(iso, basis), null,
                List.of(), false, new Evidence(id(article), doc(article), sentence,
                new Span(sentence * 100, sentence * 100 + text.length()), text), new MentionRef(0, "CONSULT", "met"));
    }

    private static EventMention agree(int article, int sentence, MentionRef during) {
        String text = "Sentence " + sentence + " of outlet " + article + ".";
        return new EventMention("AGREE", null, "030", "agreed", List.of(BLINKEN), List.of(SON),
                day("2023-04-15", EventDate.Basis.INFERRED), null, List.of(), false,
                new Evidence(id(article), doc(article), sentence, new Span(sentence * 100, sentence * 100 + text.length()),
                        text), during);
    }

    private static Event only(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).reduce((a, b) -> {
            throw new AssertionError("two " + type + " events: " + events);
        }).orElseThrow();
    }
}

package org.parley.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.consolidate.Mentions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.core.extract.ArticleEventGrouper;
import org.parley.model.Conflict;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.EventDate.Basis;
import org.parley.model.EventMention;

class EventConsolidatorTest {

    private static final EventConsolidator CONSOLIDATOR = EventConsolidator.of(List.of(
            article(1, "2024-03-26", 7), article(2, "2024-03-25", -4), article(3, "2024-03-26", 7)));

    private static List<EventMention> threeOutlets() {
        return List.of(
                meeting(1, "2024-03-26", Basis.RELATIVE, WASHINGTON),
                meeting(2, "2024-03-25", Basis.STATED, WASHINGTON_DC),
                consult(3, 2, "visit", SON, BLINKEN, day("2024-03-26", Basis.STATED), WASHINGTON, false));
    }

    @Test
    void mergesThreeOutletsOneDayApartIntoOneEventWithAnExplainedDateConflict() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(threeOutlets(), Map.of());

        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.mentions()).hasSize(3);
        assertThat(e.date().iso()).isEqualTo("2024-03-26"); // two documents against one
        assertThat(e.mode()).isEqualTo("meeting");
        Conflict date = e.conflicts().stream().filter(c -> c.field().equals("date")).findFirst().orElseThrow();
        assertThat(date.values()).extracting(Conflict.Value::value).containsExactly("2024-03-26", "2024-03-25");
        assertThat(date.values().get(0).docs()).containsExactly(doc(1), doc(3));
        assertThat(date.values().get(1).docs()).containsExactly(doc(2));
        assertThat(date.explanation()).contains("time zones (UTC-4 vs UTC+7)").contains("25 and 26 March");
    }

    @Test
    void aliasPlacesAreNotAConflict() {
        Event e = CONSOLIDATOR.consolidateMentions(threeOutlets(), Map.of()).get(0);

        assertThat(e.conflicts()).extracting(Conflict::field).doesNotContain("location");
        assertThat(e.location().name()).isEqualTo("Washington");
        assertThat(SamePlace.test(new org.parley.model.Location("Viet Nam", "VNM", null, null),
                new org.parley.model.Location("Vietnam", "VNM", null, null))).isTrue();
        assertThat(SamePlace.test(new org.parley.model.Location("East Sea", null, null, null),
                new org.parley.model.Location("South China Sea", null, null, null))).isTrue();
        assertThat(SamePlace.test(HANOI, HCMC)).isFalse();
    }

    @Test
    void keepsTheSamePairMonthsApartAsTwoEvents() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-04-15", Basis.STATED, HANOI),
                meeting(2, "2024-03-25", Basis.STATED, WASHINGTON)), Map.of());

        assertThat(events).extracting(e -> e.date().iso()).containsExactly("2023-04-15", "2024-03-25");
        assertThat(events).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    }

    @Test
    void neverChainsDaysThroughAMiddleDay() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, null),
                meeting(2, "2024-03-26", Basis.STATED, null),
                meeting(3, "2024-03-27", Basis.STATED, null)), Map.of());

        assertThat(events).hasSize(2);
    }

    @Test
    void aMonthJoinsTheDayItContainsAndKeepsEveryMentionIncludingBackground() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-09-10", Basis.STATED, HANOI),
                consult(2, 4, "visit", BLINKEN, SON, month("2023-09"), HANOI, true),
                consult(3, 7, "visit", BLINKEN, SON, month("2023-09"), new org.parley.model.Location("Vietnam", "VNM", null, null), true)),
                Map.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(events.get(0).mentions()).hasSize(3);
        assertThat(events.get(0).background()).isFalse();
        assertThat(events.get(0).conflicts()).isEmpty();
    }

    @Test
    void aPhoneCallIsNotTheMeetingOfTheSameDay() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, WASHINGTON),
                consult(2, 1, "phone", BLINKEN, SON, day("2024-03-25", Basis.STATED), null, false)), Map.of());

        assertThat(events).extracting(Event::mode).containsExactlyInAnyOrder("meeting", "phone");
    }

    @Test
    void differentPeopleOfTheSameCountriesAreDifferentMeetings() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2023-04-15", Basis.STATED, HANOI),
                consult(1, 3, "meeting", CHINH, BLINKEN, day("2023-04-15", Basis.STATED), HANOI, false)), Map.of());

        assertThat(events).hasSize(2);
    }

    @Test
    void aCountryLevelReportJoinsTheSingleMatchingMeetingOfThatDay() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, WASHINGTON),
                consult(2, 1, "meeting", USA, VIETNAM, day("2024-03-25", Basis.STATED), WASHINGTON, false)), Map.of());

        assertThat(events).hasSize(1);
        assertThat(events.get(0).source()).containsExactly(BLINKEN);
    }

    @Test
    void aCountryLevelReportNamingAnotherPersonDoesNotJoinTheMeeting() {
        // "Chinh met the US side" is not Blinken's meeting with Son, though the countries match
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, WASHINGTON),
                consult(2, 1, "meeting", CHINH, USA, day("2024-03-25", Basis.STATED), WASHINGTON, false)), Map.of());

        assertThat(events).hasSize(2);
    }

    @Test
    void differingPlacesOnTheSameDayBecomeALocationConflict() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, WASHINGTON),
                meeting(2, "2024-03-25", Basis.STATED, HANOI),
                meeting(3, "2024-03-25", Basis.STATED, WASHINGTON_DC)), Map.of());

        assertThat(events).hasSize(1);
        Conflict place = events.get(0).conflicts().get(0);
        assertThat(place.field()).isEqualTo("location");
        assertThat(place.values()).extracting(Conflict.Value::value).containsExactly("Washington", "Hanoi");
        assertThat(place.values().get(0).docs()).containsExactly(doc(1), doc(3));
    }

    @Test
    void givesTheSameEventsAndIdsInAnyOrderAndWithDuplicates() {
        List<EventMention> all = new ArrayList<>(threeOutlets());
        all.add(meeting(4, "2023-04-15", Basis.STATED, HANOI));
        all.add(consult(4, 1, "meeting", CHINH, BLINKEN, day("2023-04-15", Basis.STATED), HANOI, false));
        all.add(consult(5, 1, "visit", BLINKEN, SON, month("2023-04"), HANOI, true));
        List<Event> reference = CONSOLIDATOR.consolidateMentions(all, Map.of());
        Random random = new Random(20240325);
        for (int round = 0; round < 20; round++) {
            List<EventMention> shuffled = new ArrayList<>(all);
            if (round % 2 == 1) {
                shuffled.addAll(all); // the same articles ingested twice
            }
            Collections.shuffle(shuffled, random);
            assertThat(CONSOLIDATOR.consolidateMentions(shuffled, Map.of())).isEqualTo(reference);
        }
    }

    @Test
    void takesTheSmallestArticleEventIdSoAnEventKeepsItsIdWhenArticlesAreAdded() {
        List<EventMention> one = List.of(meeting(2, "2024-03-25", Basis.STATED, WASHINGTON));
        String alone = CONSOLIDATOR.consolidateMentions(one, Map.of()).get(0).id();
        List<String> withOthers = CONSOLIDATOR.consolidateMentions(threeOutlets(), Map.of()).stream().map(Event::id).toList();

        assertThat(alone).isEqualTo(ArticleEventGrouper.group(one).get(0).id());
        List<String> memberIds = threeOutlets().stream().map(m -> ArticleEventGrouper.group(List.of(m)).get(0).id()).sorted().toList();
        assertThat(withOthers).containsExactly(memberIds.get(0));
    }

    @Test
    void neverMergesMentionsOfTwoStoriesAndLabelsEachEventWithItsStory() {
        List<Event> events = CONSOLIDATOR.consolidateMentions(threeOutlets(),
                Map.of("s-b", List.of(id(1), id(3)), "s-a", List.of(id(2))));

        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.mentions()).allSatisfy(m -> assertThat(m.evidence().article())
                .isIn(e.story().equals("s-b") ? List.of(id(1), id(3)) : List.of(id(2)))));
        assertThat(events).extracting(Event::story).containsExactlyInAnyOrder("s-a", "s-b");
        assertThat(events).filteredOn(e -> e.story().equals("s-b")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void explainsAnInferredDayAgainstAStatedOne() {
        Event e = EventConsolidator.withoutArticles().consolidateMentions(List.of(
                meeting(1, "2024-03-25", Basis.STATED, null),
                meeting(2, "2024-03-27", Basis.INFERRED, null)), Map.of()).get(0);

        assertThat(e.date().iso()).isEqualTo("2024-03-25");
        assertThat(e.conflicts().get(0).explanation()).isEqualTo("2024-03-27 was inferred, not stated (" + doc(2) + ")");
    }
}

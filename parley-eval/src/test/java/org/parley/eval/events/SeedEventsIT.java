package org.parley.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.core.dates.EventDating;
import org.parley.core.extract.EventExtractor;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.Actor;
import org.parley.model.EventDate;
import org.parley.model.EventMention;

/**
 * Events read from the five seed articles with the real annotation (actors from a simple
 * stand-in until the actor resolver is merged; dates are not checked here). Prints every event
 * for review.
 */
class SeedEventsIT {

    /** Crude dater for this check: every event undated (the real dater is checked on its own). */
    private static final EventDating UNDATED = (article, text, sentence, trigger, participants) ->
            new EventDate.Unknown(List.of("not dated in this check"));

    private final EventExtractor extractor = new EventExtractor(UNDATED, Gazetteer.bundled(), Countries.bundled());
    private final org.parley.core.actors.ActorResolver actors = org.parley.core.actors.ActorResolver.bundled();

    private List<EventMention> events(String seed) {
        AnnotatedCorpus.Item item = SeedCorpus.seed(seed);
        List<ActorMention> mentions = actors.resolve(item.article(), item.text());
        List<EventMention> events = extractor.extract(item.article(), item.text(), mentions);
        System.out.println("===== seed " + seed + " (" + item.doc() + "): " + events.size() + " events");
        events.forEach(e -> System.out.println(describe(e)));
        return events;
    }

    static String describe(EventMention e) {
        return String.format("S%-3d %-9s %-8s %-4s %-22s %s -> %s%s%s %s%n       \"%s\"", e.evidence().sentence(),
                e.type(), e.mode(), e.cameo(), "'" + e.trigger() + "'", names(e.source()), names(e.target()),
                e.location() == null ? "" : " @" + e.location().name() + "(" + e.location().country() + ")",
                e.background() ? " [background]" : "", e.topics(), e.evidence().text());
    }

    private static String names(List<Actor> actors) {
        List<String> names = new ArrayList<>();
        actors.forEach(a -> names.add(a.name() + "/" + a.country()));
        return names.toString();
    }

    private static boolean between(EventMention e, String a, String b) {
        List<String> s = e.source().stream().map(Actor::name).toList();
        List<String> t = e.target().stream().map(Actor::name).toList();
        return (s.contains(a) && t.contains(b)) || (s.contains(b) && t.contains(a));
    }

    @Test
    void everyEventNamesBothSidesAndItsSentence() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            List<EventMention> events = events(seed);
            counts.put(seed, events.size());
            assertThat(events).as(seed).allSatisfy(e -> {
                assertThat(e.source()).isNotEmpty();
                assertThat(e.target()).isNotEmpty();
                assertThat(e.evidence().text()).isNotBlank();
                assertThat(e.evidence().doc()).isEqualTo(SeedCorpus.seed(seed).doc());
            });
            assertThat(events.size()).as("a reader lists tens of events, not hundreds: " + seed).isLessThan(40);
        }
        System.out.println("event counts per seed: " + counts);
    }

    @Test
    void theWashingtonDialogueIsOneMeetingInWashingtonInSeedsZeroToTwo() {
        for (String seed : List.of("000", "001", "002")) {
            List<EventMention> dialogue = events(seed).stream()
                    .filter(e -> e.type().equals("CONSULT") && !e.background()
                            && between(e, "Antony Blinken", "Bui Thanh Son"))
                    .toList();
            assertThat(dialogue).as(seed).hasSize(1);
            EventMention e = dialogue.get(0);
            assertThat(e.location()).as(seed).isNotNull();
            assertThat(e.location().name()).as(seed).startsWith("Washington");
            assertThat(e.location().country()).as(seed).isEqualTo("USA");
            assertThat(e.source().get(0).country()).isIn("USA", "VNM");
        }
    }

    @Test
    void seedThreeIsOnePhoneCall() {
        List<EventMention> calls = events("003").stream()
                .filter(e -> e.type().equals("CONSULT") && between(e, "Antony Blinken", "Bui Thanh Son")).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).mode()).isEqualTo("phone");
        assertThat(calls.get(0).cameo()).isEqualTo("041");
        assertThat(calls.get(0).background()).isFalse();
    }

    @Test
    void seedFourHasFourMeetingsInHanoiAndThePhoneTalksAsBackground() {
        List<EventMention> events = events("004");
        for (String host : List.of("Nguyen Phu Trong", "Pham Minh Chinh", "Bui Thanh Son", "Le Hoai Trung")) {
            List<EventMention> meetings = events.stream().filter(e -> e.type().equals("CONSULT") && !e.background()
                    && between(e, "Antony Blinken", host)).toList();
            assertThat(meetings).as(host).hasSize(1);
            assertThat(meetings.get(0).location()).as(host).isNotNull();
            assertThat(meetings.get(0).location().name()).as(host).isEqualTo("Hanoi");
        }
        assertThat(events).filteredOn(e -> e.type().equals("CONSULT") && between(e, "Nguyen Phu Trong", "Joe Biden"))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.background()).isTrue();
                    assertThat(e.mode()).isEqualTo("phone");
                });
        assertThat(events).filteredOn(e -> e.type().equals("CONSULT") && between(e, "Pham Minh Chinh", "Antony Blinken"))
                .singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("host"));
    }
}

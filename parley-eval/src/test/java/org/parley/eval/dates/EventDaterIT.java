package org.parley.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.Title;
import org.parley.core.dates.EventDater;
import org.parley.core.dates.Participant;
import org.parley.core.kb.OfficeTerm;
import org.parley.eval.AnnotatedCorpus;
import org.parley.eval.SeedCorpus;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EventDate;
import org.parley.model.Sentence;

/**
 * The event dater on real annotations: the five seeds and the demo corpus, with the trigger found
 * by word in the sentence that reports the event (event extraction is not used here).
 */
class EventDaterIT {

    private static final EventDater DATER = EventDater.bundled();
    private static final Participant BLINKEN = person("Antony Blinken", "Secretary of State",
            OfficeTerm.FOREIGN_MINISTER, "USA", "GOV");
    private static final Participant SON = person("Bui Thanh Son", "Minister of Foreign Affairs",
            OfficeTerm.FOREIGN_MINISTER, "VNM", "GOV");
    private static final Participant TRONG = person("Nguyen Phu Trong", "General Secretary",
            OfficeTerm.PARTY_GENERAL_SECRETARY, "VNM", "PTY");
    private static final Participant BIDEN = person("Joe Biden", "President", OfficeTerm.HEAD_OF_STATE, "USA", "GOV");
    private static final Participant CHINH = person("Pham Minh Chinh", "Prime Minister", OfficeTerm.HEAD_OF_GOVERNMENT,
            "VNM", "GOV");

    private static List<AnnotatedCorpus.Item> demo;

    /** A person as the actor stage hands them to the dater: with the title the text gives them. */
    private static Participant person(String name, String title, String office, String country, String sector) {
        return new Participant(new Actor(name, ActorKind.PERSON, title, country, sector),
                Optional.of(new Title(title, office, country, sector)));
    }

    private static synchronized AnnotatedCorpus.Item demo(String file) {
        if (demo == null) {
            demo = AnnotatedCorpus.of(Path.of("../demo/corpus"), Path.of("target/demo-store"));
        }
        return demo.stream().filter(i -> i.doc().endsWith(file)).findFirst().orElseThrow(() -> new AssertionError(file));
    }

    /** Dates the event of the first sentence (from {@code fromSentence}) containing {@code clue}, triggered by {@code trigger}. */
    private static EventDate date(AnnotatedCorpus.Item item, int fromSentence, String clue, String trigger, boolean background,
                                  Participant... participants) {
        String text = item.article().clean().text();
        for (Sentence s : item.text().sentences()) {
            if (s.index() < fromSentence || !s.text(text).contains(clue)) {
                continue;
            }
            for (int t = 0; t < s.tokens().size(); t++) {
                if (s.tokens().get(t).word().equals(trigger)) {
                    EventDate d = DATER.date(item.article(), item.text(), s.index(), t, List.of(participants), background);
                    System.out.println(item.doc() + " s" + s.index() + " '" + trigger + "' -> " + d.iso() + " "
                            + d.basis() + "\n    " + String.join("\n    ", d.evidence()));
                    return d;
                }
            }
            throw new AssertionError("no token '" + trigger + "' in " + item.doc() + " sentence " + s.index());
        }
        throw new AssertionError("no sentence with '" + clue + "' in " + item.doc());
    }

    private static EventDate date(AnnotatedCorpus.Item item, String clue, String trigger, Participant... participants) {
        return date(item, 0, clue, trigger, false, participants);
    }

    @Test
    void seed003PhoneTalksOnMay28AreInferredIn2021FromTenuresAndTheSecurityCouncilTerm() {
        EventDate d = date(SeedCorpus.seed("003"), "during their phone talks on May 28", "talks", SON, BLINKEN);
        assertThat(d.iso()).isEqualTo("2021-05-28");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(d.evidence()).anyMatch(e -> e.contains("Antony Blinken was Secretary of State from 2021-01-26"))
                .anyMatch(e -> e.contains("falls in 2021, 2022, 2023, 2024"))
                .anyMatch(e -> e.contains("no later than 2021"));
    }

    @Test
    void seed004AprilFifteenMeetingsAreIn2023ByTheTenthAnniversaryOfTheComprehensivePartnership() {
        AnnotatedCorpus.Item seed = SeedCorpus.seed("004");
        EventDate trong = date(seed, "told US Secretary of State Antony Blinken in Hanoi on April 15", "told", TRONG, BLINKEN);
        assertThat(trong.iso()).isEqualTo("2023-04-15");
        assertThat(trong.basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(trong.evidence()).anyMatch(e -> e.contains("10th anniversary") && e.contains("2013-07-25"));
        assertThat(date(seed, "at a reception for US Secretary of State", "reception", CHINH, BLINKEN).iso())
                .isEqualTo("2023-04-15");
        assertThat(date(seed, "during their talks in Hanoi on April 15", "talks", SON, BLINKEN).iso())
                .isEqualTo("2023-04-15");
    }

    @Test
    void seed004TrongBidenPhoneTalksOnMarch29AreInTheSameYear() {
        EventDate d = date(SeedCorpus.seed("004"), "his phone talks with President Joe Biden on March 29", "talks", TRONG, BIDEN);
        assertThat(d.iso()).isEqualTo("2023-03-29");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.INFERRED);
    }

    @Test
    void seed004TheSameDayTakesTheDateOfThePreviousEvent() {
        EventDate d = date(SeedCorpus.seed("004"), "The same day, Blinken had a meeting", "meeting", BLINKEN);
        assertThat(d.iso()).isEqualTo("2023-04-15");
        assertThat(d.evidence().get(0)).contains("The same day").contains("April 15");
    }

    @Test
    void seed000TodayIsThePublicationDayAndTheBackgroundVisitIsAMonth() {
        AnnotatedCorpus.Item seed = SeedCorpus.seed("000");
        EventDate meeting = date(seed, "was held today", "held", BLINKEN, SON);
        assertThat(meeting).isInstanceOf(EventDate.ExactDay.class);
        assertThat(meeting.iso()).isEqualTo("2024-03-26");
        assertThat(meeting.basis()).isEqualTo(EventDate.Basis.RELATIVE);
        EventDate visit = date(seed, 0, "historic visit to Hanoi in September 2023", "visit", true, BIDEN);
        assertThat(visit).isInstanceOf(EventDate.MonthOnly.class);
        assertThat(visit.iso()).isEqualTo("2023-09");
        assertThat(visit.basis()).isEqualTo(EventDate.Basis.STATED);
    }

    @Test
    void seed001DialogueOnMarch25IsStated() {
        EventDate d = date(SeedCorpus.seed("001"), "on March 25, 2024 in Washington", "co-chaired", SON, BLINKEN);
        assertThat(d.iso()).isEqualTo("2024-03-25");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.STATED);
    }

    @Test
    void seed001PlanToCelebrateIn2025DoesNotDateTheAgreement() {
        EventDate d = date(SeedCorpus.seed("001"), "celebrate the 30th anniversary", "agreed", SON, BLINKEN);
        assertThat(d.iso()).isNotEqualTo("2025");
    }

    @Test
    void seed002UndatedSentenceTakesThePublicationDate() {
        EventDate d = date(SeedCorpus.seed("002"), "met with Vietnamese Foreign Minister", "met", BLINKEN, SON);
        assertThat(d.iso()).isEqualTo("2024-03-27");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(d.evidence()).containsExactly(
                "no date in the text; taken as the publication date 2024-03-27 (news reports the latest events)");
    }

    @Test
    void demoPhoneCallWithoutAYearIsInferredIn2024() {
        EventDate d = date(demo("son-blinken-phone-call.txt"), "in a phone call on May 28", "call", SON, BLINKEN);
        assertThat(d.iso()).isEqualTo("2024-05-28");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(d.evidence()).anyMatch(e -> e.contains("30th anniversary") && e.contains("1995-07-12"))
                .anyMatch(e -> e.contains("since April 2021"));
    }

    @Test
    void demoRelativeWeekdaysResolveAgainstThePublicationDate() {
        EventDate d = date(demo("blinken-son-partnership-review.txt"), "at the State Department on Thursday", "hosted", BLINKEN, SON);
        assertThat(d.iso()).isEqualTo("2024-06-20");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.RELATIVE);
        assertThat(LocalDate.parse(d.iso()).getDayOfWeek()).hasToString("THURSDAY");
    }
}

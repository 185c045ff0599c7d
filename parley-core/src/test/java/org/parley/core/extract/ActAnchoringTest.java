package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.EventDating;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DatePrecision;
import org.parley.model.EventDate;
import org.parley.model.EventMention;
import org.parley.model.MentionRef;

class ActAnchoringTest {

    private static final Actor KISHIDA = new Actor("Fumio Kishida", ActorKind.PERSON, "Prime Minister", "JPN", "GOV");
    private static final Actor MODI = new Actor("Narendra Modi", ActorKind.PERSON, "Prime Minister", "IND", "GOV");

    /** Dates only the meeting's sentence, as a report of talks does. */
    private static final EventDating MEETING_DAY_ONLY = (article, text, sentence, trigger, participants) ->
            sentence == 0
                    ? new EventDate.ExactDay(LocalDate.of(2023, 4, 15), EventDate.Basis.STATED, List.of("'April 15'"))
                    : new EventDate.Unknown(List.of("no date"));

    private static List<EventMention> extract(ParsedText t) {
        return new EventExtractor(MEETING_DAY_ONLY, Gazetteer.bundled(), Countries.bundled())
                .extract(t.article(), t.annotation(), t.actors());
    }

    @Test
    void anActSaidAtTheMeetingTakesItsDateAndPlaceWithTheReason() {
        ParsedText t = blinkenMetSonInHanoi()
                // Son praised Blinken .
                .sentence("Son/NNP/PERSON praised/VBD=praise Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, SON).actor(2, 3, BLINKEN)
                // Kishida praised Modi .
                .sentence("Kishida/NNP/PERSON praised/VBD=praise Modi/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, KISHIDA).actor(2, 3, MODI);

        List<EventMention> events = extract(t);

        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT", "SUPPORT");
        EventMention praise = events.get(1);
        assertThat(praise.date().iso()).isEqualTo("2023-04-15");
        assertThat(praise.date().basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(praise.date().evidence().get(0))
                .isEqualTo("said during the meeting of 2023-04-15 (sentence 0, 'met'), which has Bui Thanh Son too");
        assertThat(praise.date().evidence()).contains("'April 15'");
        assertThat(praise.location().name()).isEqualTo("Hanoi");
        assertThat(events.get(2).date().precision()).as("no side in common with the meeting").isEqualTo(DatePrecision.UNKNOWN);
        assertThat(praise.during()).isEqualTo(new MentionRef(0, "CONSULT", "met"));
        assertThat(events.get(0).during()).as("the meeting itself").isNull();
        assertThat(events.get(2).during()).isNull();
    }

    @Test
    void anActDatedByItsOwnTextToTheMeetingDayIsSaidThereAndKeepsItsDate() {
        EventDate april15 = new EventDate.ExactDay(LocalDate.of(2023, 4, 15), EventDate.Basis.STATED, List.of("'on April 15'"));
        EventDate april16 = new EventDate.ExactDay(LocalDate.of(2023, 4, 16), EventDate.Basis.STATED, List.of("'on April 16'"));
        EventDating ownDates = (article, text, sentence, trigger, participants) -> sentence == 2 ? april16 : april15;
        ParsedText t = blinkenMetSonInHanoi()
                // Son praised Blinken .  (dated April 15 by its own text)
                .sentence("Son/NNP/PERSON praised/VBD=praise Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, SON).actor(2, 3, BLINKEN)
                // Son praised Blinken .  (dated April 16: another day)
                .sentence("Son/NNP/PERSON praised/VBD=praise Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);

        List<EventMention> events = new EventExtractor(ownDates, Gazetteer.bundled(), Countries.bundled())
                .extract(t.article(), t.annotation(), t.actors());

        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT", "SUPPORT");
        assertThat(events.get(1).during()).isEqualTo(new MentionRef(0, "CONSULT", "met"));
        assertThat(events.get(1).date()).isEqualTo(april15);
        assertThat(events.get(2).during()).as("said on another day").isNull();
    }

    @Test
    void anActIsSaidDuringAMeetingDatedOnlyByThePublicationAndKeepsItsOwnDate() {
        // What the dater gives a sentence with no date (or only "in the afternoon", which some taggers skip).
        EventDate publicationDay = new EventDate.ExactDay(LocalDate.of(2023, 4, 15), EventDate.Basis.INFERRED,
                List.of("no date in the text; taken as the publication date 2023-04-15"));
        EventDating publicationOnly = (article, text, sentence, trigger, participants) -> publicationDay;
        ParsedText t = blinkenMetSonInHanoi()
                // Son praised Blinken .
                .sentence("Son/NNP/PERSON praised/VBD=praise Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);

        List<EventMention> events = new EventExtractor(publicationOnly, Gazetteer.bundled(), Countries.bundled())
                .extract(t.article(), t.annotation(), t.actors());

        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT");
        assertThat(events.get(1).during()).isEqualTo(new MentionRef(0, "CONSULT", "met"));
        assertThat(events.get(1).date()).as("the meeting lends no date it does not have").isEqualTo(publicationDay);
    }

    @Test
    void anActSaidDuringAMeetingOfSeveralDaysTakesThoseDays() {
        EventDating visitOverTwoDays = (article, text, sentence, trigger, participants) -> sentence == 0
                ? new EventDate.Period(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 4, 16), DatePrecision.DAY,
                        EventDate.Basis.STATED, List.of("'from April 15 to 16'"))
                : new EventDate.Unknown(List.of("no date"));
        ParsedText t = blinkenMetSonInHanoi()
                // Son praised Blinken .
                .sentence("Son/NNP/PERSON praised/VBD=praise Blinken/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, SON).actor(2, 3, BLINKEN);

        List<EventMention> events = new EventExtractor(visitOverTwoDays, Gazetteer.bundled(), Countries.bundled())
                .extract(t.article(), t.annotation(), t.actors());

        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT");
        EventDate praised = events.get(1).date();
        assertThat(praised).isInstanceOf(EventDate.Period.class);
        assertThat(((EventDate.Period) praised).start()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(((EventDate.Period) praised).end()).isEqualTo(LocalDate.of(2023, 4, 16));
        assertThat(praised.basis()).isEqualTo(EventDate.Basis.INFERRED);
        assertThat(praised.evidence()).contains("'from April 15 to 16'");
        assertThat(events.get(1).during()).isEqualTo(new MentionRef(0, "CONSULT", "met"));
    }
}

package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.EventMention;

class MeetingMergerTest {

    @Test
    void elaborationsOfAMeetingAddTopicsButNoSecondMeetingAndInheritItsPlace() {
        ParsedText t = blinkenMetSonInHanoi()
                // Blinken and Son discussed trade and the East Sea .
                .sentence("Blinken/NNP/PERSON and/CC Son/NNP/PERSON discussed/VBD=discuss trade/NN and/CC "
                                + "the/DT East_Sea/NNP/LOCATION ./.",
                        "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3", "obj 3 4", "cc 7 5", "det 7 6", "conj 4 7",
                        "punct 3 8")
                .actor(0, 1, BLINKEN).actor(2, 3, SON)
                // Blinken praised Son .
                .sentence("Blinken/NNP/PERSON praised/VBD=praise Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);
        List<EventMention> events = extract(t);
        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT");
        assertThat(events.get(0).topics()).containsExactly("trade", "maritime");
        assertThat(events.get(1).location().name()).isEqualTo("Hanoi");
        assertThat(events.get(1).evidence().sentence()).isEqualTo(2);
    }

    @Test
    void aMeetingOfTheCountriesRestatingTheirMinistersMeetingIsDropped() {
        ParsedText t = blinkenMetSonInHanoi()
                // The US met Vietnam .
                .sentence("The/DT US/NNP/COUNTRY met/VBD=meet Vietnam/NNP/COUNTRY ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "punct 2 4")
                .actor(1, 2, USA, ActorMention.Basis.COUNTRY).actor(3, 4, VIETNAM, ActorMention.Basis.COUNTRY);

        assertThat(extract(t)).singleElement().satisfies(e -> assertThat(e.source()).containsExactly(BLINKEN));
    }

    @Test
    void anActSaidTwiceInOneSentenceIsOneEvent() {
        // Blinken praised Son and supported Son .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON praised/VBD=praise Son/NNP/PERSON and/CC "
                                + "supported/VBD=support Son/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "cc 4 3", "conj 1 4", "obj 4 5", "punct 1 6")
                .actor(0, 1, BLINKEN).actor(2, 3, SON).actor(5, 6, SON);

        assertThat(extract(t)).singleElement().satisfies(e -> assertThat(e.trigger()).isEqualTo("praised"));
    }
}

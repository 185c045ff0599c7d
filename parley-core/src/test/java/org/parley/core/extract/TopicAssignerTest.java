package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.EventMention;

class TopicAssignerTest {

    @Test
    void aMeetingTakesTheTopicsOfItsElaborationAnotherActOnlyThoseOfItsSentence() {
        ParsedText t = blinkenMetSonInHanoi()
                // Blinken praised Son on trade .
                .sentence("Blinken/NNP/PERSON praised/VBD=praise Son/NNP/PERSON on/IN trade/NN ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 4 3", "obl 1 4", "punct 1 5")
                .actor(0, 1, BLINKEN).actor(2, 3, SON)
                // They discussed vaccines .
                .sentence("They/PRP discussed/VBD=discuss vaccines/NNS=vaccine ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3");

        List<EventMention> events = extract(t);

        assertThat(events).extracting(EventMention::type).containsExactly("CONSULT", "SUPPORT");
        assertThat(events.get(0).topics()).containsExactly("trade", "health");
        assertThat(events.get(1).topics()).containsExactly("trade");
    }
}

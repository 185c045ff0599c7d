package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.ActorMention;
import org.parley.model.EventMention;

class EventExtractorTest {

    @Test
    void readsAMeetingWithItsSubjectPartnerAndGeocodedPlace() {
        List<EventMention> events = extract(blinkenMetSonInHanoi());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("meeting");
            assertThat(e.cameo()).isEqualTo("040");
            assertThat(e.trigger()).isEqualTo("met");
            assertThat(e.source()).containsExactly(BLINKEN);
            assertThat(e.target()).containsExactly(SON);
            assertThat(e.location().name()).isEqualTo("Hanoi");
            assertThat(e.location().country()).isEqualTo("VNM");
            assertThat(e.location().lat()).isBetween(20.0, 22.0);
            assertThat(e.background()).isFalse();
            assertThat(e.evidence().sentence()).isZero();
            assertThat(e.evidence().text()).isEqualTo("Blinken met with Son in Hanoi .");
            assertThat(e.date().evidence()).containsExactly("s0 t1 2");
        });
    }

    @Test
    void aPlaceIsNeverAnActor() {
        // Blinken met in Washington . — the capital is where, not with whom
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet in/IN Washington/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4")
                .actor(0, 1, BLINKEN).actor(3, 4, USA, ActorMention.Basis.COUNTRY);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void noEventWithoutActorsOnBothSides() {
        // Blinken met reporters .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet reporters/NNS=reporter ./.",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 1 3").actor(0, 1, BLINKEN);
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void captionsAreSkipped() {
        ParsedText t = blinkenMetSonInHanoi().caption();
        assertThat(extract(t)).isEmpty();
    }

    @Test
    void givesTheSameEventsFromSeveralThreads() throws Exception {
        ParsedText t = blinkenMetSonInHanoi();
        List<EventMention> expected = extract(t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EventMention>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> extract(t)));
            }
            for (Future<List<EventMention>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}

package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.dates.EventDating;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventDate;

class DateAssignerTest {

    @Test
    void theDaterGetsTheSentenceTriggerParticipantsAndWhetherTheEventIsBackground() {
        List<String> asked = new ArrayList<>();
        EventDating dater = new EventDating() {
            @Override
            public EventDate date(Article article, AnnotatedText text, int sentence,
                                  int trigger, List<Actor> participants) {
                throw new AssertionError("the background flag must be passed on");
            }

            @Override
            public EventDate date(Article article, AnnotatedText text, int sentence,
                                  int trigger, List<Actor> participants, boolean background) {
                asked.add(sentence + " " + trigger + " " + participants + " " + background);
                return new EventDate.Unknown(List.of("asked"));
            }
        };
        EventExtractor extractor = new EventExtractor(dater, Gazetteer.bundled(), Countries.bundled());
        ParsedText t = blinkenMetSonInHanoi();

        assertThat(extractor.extract(t.article(), t.annotation(), t.actors())).singleElement()
                .satisfies(e -> assertThat(e.date().evidence()).containsExactly("asked"));
        assertThat(asked).containsExactly("0 1 " + List.of(BLINKEN, SON) + " false");
    }
}

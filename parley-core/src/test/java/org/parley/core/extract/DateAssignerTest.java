package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.core.extract.ExtractFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.core.actors.Title;
import org.parley.core.dates.EventDating;
import org.parley.core.dates.Participant;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.core.places.Gazetteer;
import org.parley.model.AnnotatedText;
import org.parley.model.Article;
import org.parley.model.EventDate;

class DateAssignerTest {

    @Test
    void theDaterGetsTheSentenceTriggerParticipantsWithTheirMentionsTitlesAndWhetherTheEventIsBackground() {
        List<String> asked = new ArrayList<>();
        EventDating dater = new EventDating() {
            @Override
            public EventDate date(Article article, AnnotatedText text, int sentence,
                                  int trigger, List<Participant> participants) {
                throw new AssertionError("the background flag must be passed on");
            }

            @Override
            public EventDate date(Article article, AnnotatedText text, int sentence,
                                  int trigger, List<Participant> participants, boolean background) {
                asked.add(sentence + " " + trigger + " " + participants + " " + background);
                return new EventDate.Unknown(List.of("asked"));
            }
        };
        EventExtractor extractor = new EventExtractor(dater, Gazetteer.bundled(), Countries.bundled());
        Title secretary = new Title("Secretary of State", OfficeTerm.FOREIGN_MINISTER, "USA", "GOV");
        ParsedText t = new ParsedText()
                .sentence("Blinken/NNP/PERSON met/VBD=meet with/IN Son/NNP/PERSON in/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "case 5 4", "obl 1 5", "punct 1 6")
                .actor(0, 1, BLINKEN, secretary).actor(3, 4, SON);

        assertThat(extractor.extract(t.article(), t.annotation(), t.actors())).singleElement()
                .satisfies(e -> assertThat(e.date().evidence()).containsExactly("asked"));
        assertThat(asked).containsExactly("0 1 " + List.of(new Participant(BLINKEN, Optional.of(secretary)),
                Participant.untitled(SON)) + " false");
    }
}

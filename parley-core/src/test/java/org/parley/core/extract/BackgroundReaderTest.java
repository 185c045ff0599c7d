package org.parley.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.core.extract.ExtractFixtures.*;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;

class BackgroundReaderTest {

    @Test
    void aHistoricVisitSinceWhichThingsHappenedIsBackground() {
        // progress since Biden 's historic visit to Hanoi
        ParsedText t = new ParsedText().sentence("They/PRP reviewed/VBD=review progress/NN since/IN Biden/NNP/PERSON "
                                + "'s/POS historic/JJ visit/NN to/IN Hanoi/NNP/CITY ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 7 3", "nmod:poss 7 4", "case 4 5", "amod 7 6",
                        "nmod 2 7", "case 9 8", "nmod 7 9", "punct 1 10")
                .actor(4, 5, BIDEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.source()).containsExactly(BIDEN);
            assertThat(e.target()).extracting(Actor::name).containsExactly("Vietnam");
            assertThat(e.location().name()).isEqualTo("Hanoi");
        });
    }

    @Test
    void aMeetingTheyLastHeldAndWhatTheyAgreedThenAreBackground() {
        // Blinken and Son last met in Hanoi , when they agreed to hold the review .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON and/CC Son/NNP/PERSON last/RB met/VBD=meet "
                                + "in/IN Hanoi/NNP/CITY ,/, when/WRB they/PRP agreed/VBD=agree to/TO hold/VB "
                                + "the/DT review/NN ./.",
                        "nsubj 4 0", "cc 2 1", "conj 0 2", "advmod 4 3", "root -1 4", "case 6 5", "obl 4 6",
                        "punct 10 7", "advmod 10 8", "nsubj 10 9", "advcl 4 10", "mark 12 11", "xcomp 10 12",
                        "det 14 13", "obj 12 14", "punct 4 15")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);
        assertThat(drafts(t, new TriggerMatcher(LEXICON, WORDS), new BackgroundReader(WORDS)))
                .extracting(d -> d.trigger(), EventDraft::background)
                .contains(tuple("met", true), tuple("agreed", true));
    }

    @Test
    void resultsOfEarlierPhoneTalksAreBackground() {
        // Trung studied results of the phone talks between Trong and Biden .
        ParsedText t = new ParsedText().sentence("Trung/NNP/PERSON studied/VBD=study results/NNS=result of/IN the/DT "
                                + "phone/NN talks/NNS=talk between/IN Trong/NNP/PERSON and/CC Biden/NNP/PERSON ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 6 3", "det 6 4", "compound 6 5", "nmod 2 6",
                        "case 8 7", "nmod 6 8", "cc 10 9", "conj 8 10", "punct 1 11")
                .actor(8, 9, TRONG).actor(10, 11, BIDEN);
        assertThat(extract(t)).singleElement().satisfies(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(e.source()).containsExactly(TRONG);
            assertThat(e.target()).containsExactly(BIDEN);
        });
    }

    private static final Actor FRANCE = Actor.country("France", "FRA");

    @Test
    void marksOnlyThePastContextOfASentence() {
        // Blinken met Son after the historic visit .
        ParsedText t = new ParsedText().sentence("Blinken/NNP/PERSON met/VBD=meet Son/NNP/PERSON after/IN the/DT "
                                + "historic/JJ visit/NN ./.",
                        "nsubj 1 0", "root -1 1", "obj 1 2", "case 6 3", "det 6 4", "amod 6 5", "obl 1 6", "punct 1 7")
                .actor(0, 1, BLINKEN).actor(2, 3, SON);

        assertThat(drafts(t, triggers(), background())).extracting(EventDraft::trigger, EventDraft::background)
                .containsExactly(tuple("met", false), tuple("visit", true));
    }

    @Test
    void aReviewHeldBeforeTheNewsIsBackgroundEvenWhenAfterIsReadAsTheCaseOfItsSubject() {
        // The meeting came months after Son and Blinken held the review .  ("after" parsed as the case of "Son")
        ParsedText t = new ParsedText().sentence("The/DT meeting/NN came/VBD=come months/NNS=month after/IN "
                                + "Son/NNP/PERSON and/CC Blinken/NNP/PERSON held/VBD=hold the/DT review/NN ./.",
                        "det 1 0", "nsubj 2 1", "root -1 2", "nsubj 8 3", "case 5 4", "nmod 3 5", "cc 7 6", "conj 5 7",
                        "ccomp 2 8", "det 10 9", "obj 8 10", "punct 2 11")
                .actor(5, 6, SON).actor(7, 8, BLINKEN);
        assertThat(drafts(t, new TriggerMatcher(LEXICON, WORDS), new BackgroundReader(WORDS)))
                .filteredOn(d -> d.trigger().equals("held review"))
                .singleElement().extracting(EventDraft::background).isEqualTo(true);
    }
}

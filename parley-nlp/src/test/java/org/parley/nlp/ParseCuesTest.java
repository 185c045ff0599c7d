package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

class ParseCuesTest {

    private final ParseCues cues = ParseCues.bundled();

    @Test
    void parsesATriggerWithANamedActor() {
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/son/PERSON met/VBD/meet/O Blinken/NNP/Blinken/PERSON"))).isTrue();
    }

    @Test
    void parsesATriggerWhoseActorIsAPronounOrACollectiveNoun() {
        assertThat(cues.mayCarryEvent(tokens("He/PRP/he/O then/RB/then/O visited/VBD/visit/O Hanoi/NNP/Hanoi/CITY")))
                .isTrue();
        assertThat(cues.mayCarryEvent(tokens("the/DT/the/O troops/NNS/troops/O withdrew/VBD/withdraw/O")))
                .isTrue();
    }

    @Test
    void parsesACommitmentFrameWord() {
        assertThat(cues.mayCarryEvent(tokens("Japan/NNP/Japan/COUNTRY announced/VBD/announce/O a/DT/a/O "
                + "package/NN/package/O"))).isTrue();
    }

    @Test
    void parsesAReportingVerbOnlyBesideAnObligationModal() {
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/Son/PERSON said/VBD/say/O Iraq/NNP/Iraq/COUNTRY "
                + "must/MD/must/O go/VB/go/O"))).isTrue();
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/Son/PERSON said/VBD/say/O so/RB/so/O"))).isFalse();
    }

    @Test
    void skipsATriggerWithoutAnyCandidateActor() {
        assertThat(cues.mayCarryEvent(tokens("talks/NNS/talk/O resumed/VBD/resume/O"))).isFalse();
    }

    @Test
    void skipsANamedActorWithoutAnyCueWord() {
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/Son/PERSON is/VBZ/be/O 54/CD/54/NUMBER"))).isFalse();
    }

    @Test
    void skipsADictionaryVerbWhoseFamilyCodesOnlyThroughPatternsWhoseWordsAreAbsent() {
        // APPEAR [---] codes an event only by patterns ("- * (IN COURT) [173]"): none of their words here
        List<Token> appeared = tokens("Son/NNP/Son/PERSON appeared/VBD/appear/O calm/JJ/calm/O");
        assertThat(cues.mayCarryEvent(appeared)).isFalse();
        assertThat(cues.wordCues(appeared)).as("no kind of cue word at all").isEmpty();
    }

    @Test
    void parsesADictionaryVerbWhosePatternWordsStandInTheSentenceOrWithACodeOfItsOwn() {
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/Son/PERSON appeared/VBD/appear/O in/IN/in/O court/NN/court/O")))
                .as("the pattern's words IN and COURT stand in the sentence").isTrue();
        assertThat(cues.mayCarryEvent(tokens("Son/NNP/Son/PERSON decided/VBD/decide/O quickly/RB/quickly/O")))
                .as("DECIDE [030]: a code of its own").isTrue();
    }

    /** Tokens written {@code word/TAG/lemma/NER}, separated by spaces. */
    @Test
    void aStoredSentenceWithACueButNoParseIsLeftUnparsedOneWithItsParseOrWithoutACueIsNot() {
        List<Token> meeting = tokens("Son/NNP/son/PERSON met/VBD/meet/O Blinken/NNP/Blinken/PERSON");
        List<Token> weather = tokens("It/PRP/it/O rained/VBD/rain/O all/DT/all/O day/NN/day/O");
        Sentence parsed = new Sentence(0, new Span(0, 18), meeting, List.of(new Dependency("nsubj", 1, 0),
                new Dependency("root", -1, 1), new Dependency("obj", 1, 2)));
        Sentence noCue = new Sentence(1, new Span(19, 39), weather, List.of());
        Sentence unparsed = new Sentence(2, new Span(40, 58), meeting, List.of());

        assertThat(cues.leftUnparsed(new AnnotatedText("t", List.of(parsed, noCue), List.of(), List.of()))).isFalse();
        assertThat(cues.leftUnparsed(new AnnotatedText("t", List.of(parsed, noCue, unparsed), List.of(), List.of())))
                .as("a meeting sentence stored without its parse").isTrue();
    }

    private static List<Token> tokens(String written) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : written.split(" ")) {
            String[] part = item.split("/");
            out.add(new Token(part[0], new Span(at, at + part[0].length()), CoreNlpTags.partOfSpeech(part[1]),
                    part[2], EntityType.valueOf(part[3].equals("O") ? "NONE" : part[3])));
            at += part[0].length() + 1;
        }
        return out;
    }
}

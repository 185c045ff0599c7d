package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SUTime's value for a sentence does not depend on the sentences it read before. */
class SuTimeFinderIT {

    private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2024, 3, 11));
    private static final String PLAIN = "The meeting is Thursday.";
    private static final String PAST = "He arrived Thursday.";
    private static final String FUTURE = "They will leave Thursday.";

    private final Properties props = props();
    private final StanfordCoreNLP tagger = new StanfordCoreNLP(props);

    @Test
    void aWeekdayTakesNoTenseFromAnEarlierSentenceOrDocument() {
        SuTimeFinder sutime = new SuTimeFinder(props);
        String alone = onlyValue(sutime, PLAIN);
        assertThat(alone).as("no tense next to it: the Thursday before").isEqualTo("2024-03-07");
        assertThat(onlyValue(sutime, FUTURE)).as("'will' next to it").isEqualTo("2024-03-14");
        assertThat(onlyValue(sutime, PLAIN)).as("after a future sentence, another document").isEqualTo(alone);
        assertThat(onlyValue(sutime, PAST)).isEqualTo("2024-03-07");

        String text = FUTURE + "\n" + PLAIN;
        List<FoundTimex> inOneDocument = sutime.find(text, sentences(text), MONDAY);
        assertThat(inOneDocument).extracting(FoundTimex::value).containsExactly("2024-03-14", "2024-03-07");
    }

    @Test
    void callsAtTheSameTimeAnswerAsOneAtATime() throws Exception {
        SuTimeFinder sutime = new SuTimeFinder(props);
        String text = (FUTURE + "\n" + PLAIN + "\n").repeat(20);
        List<CoreMap> sentences = sentences(text);
        List<FoundTimex> alone = sutime.find(text, sentences, MONDAY);
        List<Thread> threads = new java.util.ArrayList<>();
        List<List<FoundTimex>> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> answers.add(sutime.find(text, sentences, MONDAY)));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(alone).hasSize(40);
        assertThat(answers).hasSize(4).allSatisfy(answer -> assertThat(answer).isEqualTo(alone));
    }

    private String onlyValue(SuTimeFinder sutime, String sentence) {
        List<FoundTimex> found = sutime.find(sentence, sentences(sentence), MONDAY);
        assertThat(found).hasSize(1);
        return found.get(0).value();
    }

    private List<CoreMap> sentences(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static Properties props() {
        Properties props = CoreNlpAnnotator.properties(NlpConfig.defaults().withDepparse(false));
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return props;
    }
}

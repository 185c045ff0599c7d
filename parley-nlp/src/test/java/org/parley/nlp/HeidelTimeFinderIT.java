package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedText;
import org.parley.model.PublicationDate;
import org.parley.model.TimeExpression;

/** HeidelTime behind the annotator, on sentences written for these tests. */
class HeidelTimeFinderIT {

    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = new CoreNlpAnnotator(NlpConfig.defaults().withDepparse(false)
                .withTagger(NlpConfig.TimeTagger.HEIDELTIME).withTime(NlpConfig.TimeScope.ALL_SENTENCES));
    }

    @Test
    void resolvesRelativeDatesAgainstThePublicationDate() {
        String text = "The ministers met on Monday and signed the accord last year.\n"
                + "They will meet again next week.";
        AnnotatedText a = annotator.annotate(text, Dates.published("2024-03-27"));

        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value,
                TimeExpression::sentence).containsExactly(
                tuple("Monday", "DATE", "2024-03-25", 0), tuple("last year", "DATE", "2023", 0),
                tuple("next week", "DATE", "2024-W14", 1));
    }

    @Test
    void readsTheTenseOfTheVerbsBeforeAMonthFromCoreNlpsTags() {
        AnnotatedText past = annotator.annotate("The accord was signed in November.", Dates.published("2024-03-27"));
        AnnotatedText future = annotator.annotate("The accord will be signed in November.", Dates.published("2024-03-27"));

        assertThat(past.times()).extracting(TimeExpression::value).containsExactly("2023-11");
        assertThat(future.times()).extracting(TimeExpression::value).containsExactly("2024-11");
    }

    @Test
    void keepsTheYearUnknownWithoutAPublicationDate() {
        AnnotatedText a = annotator.annotate("The ministers will meet on March 26.", PublicationDate.UNKNOWN);
        assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("March 26", "XXXX-03-26"));
    }

    @Test
    void givesTheSameExpressionsFromTwoThreadsAsFromOne() throws Exception {
        List<String> texts = List.of("Talks resumed on Tuesday after two weeks.", "The vote is set for May 3, 2024.",
                "Officials met yesterday morning.", "The truce held for 48 hours in January.");
        List<List<TimeExpression>> alone = texts.stream()
                .map(t -> annotator.annotate(t, Dates.published("2024-04-10")).times()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<TimeExpression>>> together = texts.stream()
                        .map(t -> pool.submit(() -> annotator.annotate(t, Dates.published("2024-04-10")).times())).toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(together.get(i).get()).isEqualTo(alone.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}

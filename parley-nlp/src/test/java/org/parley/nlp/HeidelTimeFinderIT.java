package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
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

    private static final String MANY_TIMES = "On Monday, March 3, the envoys met for two hours at 10:30 a.m. in Geneva.\n"
            + "They had last met in the mid-1990s, nearly a decade before the fourth quarter of fiscal 2001.\n"
            + "The truce, signed on 4 March 2024, expires at midnight on Christmas Eve; talks resume every Tuesday.\n"
            + "Officials said yesterday that the vote set for Sept. 12 could slip to early next year.\n"
            + "No date was set.";

    @Test
    void skippingRulesWithoutTheirLiteralsChangesNoExpression() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(MANY_TIMES);
        new StanfordCoreNLP(props).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        HeidelTimeFinder gated = new HeidelTimeFinder(true);
        HeidelTimeFinder plain = new HeidelTimeFinder(false);

        for (Optional<LocalDate> published : List.of(Optional.of(LocalDate.of(2024, 3, 6)), Optional.<LocalDate>empty())) {
            List<FoundTimex> all = plain.find(MANY_TIMES, sentences, published);
            assertThat(all).hasSizeGreaterThan(8);
            assertThat(gated.find(MANY_TIMES, sentences, published)).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void everyEnglishRuleNeedsLiteralsThatItsMatchesHold() {
        new HeidelTimeFinder();
        RuleManager rules = RuleManager.getInstance(Language.ENGLISH, false);
        List<HashMap<Pattern, String>> byType = List.of(rules.getHmDatePattern(), rules.getHmTimePattern(),
                rules.getHmDurationPattern(), rules.getHmSetPattern());
        int gated = 0;
        int matched = 0;
        for (HashMap<Pattern, String> patterns : byType) {
            for (Pattern rule : patterns.keySet()) {
                gated += RequiredLiterals.of(rule).isPresent() ? 1 : 0;
                for (String sentence : MANY_TIMES.split("\n")) {
                    if (rule.matcher(sentence).find()) {
                        matched++;
                        assertThat(GatedHeidelTime.mayMatch(rule, GatedHeidelTime.gramsOf(sentence)))
                                .as(patterns.get(rule) + " on " + sentence).isTrue();
                    }
                }
            }
        }
        assertThat(matched).isGreaterThan(20);
        assertThat(gated).isGreaterThan(200);
    }
}

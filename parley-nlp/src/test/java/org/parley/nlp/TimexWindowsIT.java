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

/** SUTime on the parts of sentences around some expressions finds what it finds on their whole sentences there. */
class TimexWindowsIT {

    private static final String TEXT = "The two envoys, who had flown in from the coast late at night, said on Friday "
            + "that the talks, stalled since the spring, would resume on March 3 or at the latest in the first week of April.\n"
            + "Shares bought from Sept. 14 to Thursday, the filing said, were worth far more than the fund had expected to pay "
            + "when it began buying last year.\n"
            + "A spokesman for the ministry, speaking on condition of anonymity because he was not allowed to brief the press, "
            + "said the accord would be signed at 10:30 a.m. on Monday, March 10, in Geneva, three weeks from now.";

    @Test
    void sutimeFindsTheSameExpressionsOverlappingTheFirstTaggersInWindowsAsInWholeSentences() {
        Properties props = CoreNlpAnnotator.properties(NlpConfig.defaults().withDepparse(false));
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        SuTimeFinder sutime = new SuTimeFinder(props);
        List<FoundTimex> firsts = List.of(at("Friday"), at("March 3"), at("Thursday"), at("Monday, March 10"),
                at("last year"));

        for (Optional<LocalDate> published : List.of(Optional.of(LocalDate.of(2024, 3, 6)), Optional.<LocalDate>empty())) {
            List<FoundTimex> whole = overlapping(sutime.find(TEXT, sentences, published), firsts);
            List<CoreMap> windows = TimexWindows.around(sentences, firsts, TimexWindows.BEFORE, TimexWindows.CONTEXT);
            assertThat(windows).hasSizeGreaterThanOrEqualTo(3);
            assertThat(windows.stream().mapToInt(w -> w.get(CoreAnnotations.TokensAnnotation.class).size()).sum())
                    .as("fewer tokens read").isLessThan(sentences.stream()
                            .mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum());
            assertThat(whole).hasSizeGreaterThanOrEqualTo(5);
            assertThat(overlapping(sutime.find(TEXT, windows, published), firsts)).containsExactlyElementsOf(whole);
        }
    }

    private static FoundTimex at(String words) {
        int begin = TEXT.indexOf(words);
        return new FoundTimex(begin, begin + words.length(), "DATE", "x");
    }

    private static List<FoundTimex> overlapping(List<FoundTimex> found, List<FoundTimex> firsts) {
        return found.stream().filter(f -> firsts.stream().anyMatch(f::overlaps)).toList();
    }
}

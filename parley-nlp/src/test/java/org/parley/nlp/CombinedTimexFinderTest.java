package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CombinedTimexFinderTest {

    private static final String TEXT = "It was signed on Aug. 7 and again the same day; talks resume daily.";
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(1998, 8, 10));

    private static TimexFinder finding(FoundTimex... found) {
        return (text, sentences, published) -> List.of(found);
    }

    private static FoundTimex at(String words, String type, String value) {
        int begin = TEXT.indexOf(words);
        return new FoundTimex(begin, begin + words.length(), type, value);
    }

    @Test
    void takesTheSecondsYearOfADayWithoutYearWhenItIsNearerThePublicationDate() {
        TimexFinder combined = new CombinedTimexFinder(finding(at("Aug. 7", "DATE", "1999-08-07")),
                finding(at("on Aug. 7", "DATE", "1998-08-07")));

        assertThat(combined.find(TEXT, List.of(), PUBLISHED)).containsExactly(at("Aug. 7", "DATE", "1998-08-07"));
        assertThat(combined.find(TEXT, List.of(), Optional.of(LocalDate.of(1999, 8, 1))))
                .containsExactly(at("Aug. 7", "DATE", "1999-08-07"));
    }

    @Test
    void takesTheSecondsWeekOfAWeekdayWhenItIsNearerThePublicationDate() {
        String text = "He is due to travel on Friday.";
        FoundTimex lastFriday = new FoundTimex(23, 29, "DATE", "2024-03-08");
        FoundTimex thisFriday = new FoundTimex(23, 29, "DATE", "2024-03-15");
        TimexFinder combined = new CombinedTimexFinder(finding(lastFriday), finding(thisFriday));

        assertThat(combined.find(text, List.of(), Optional.of(LocalDate.of(2024, 3, 14)))).containsExactly(thisFriday);
        assertThat(combined.find(text, List.of(), Optional.of(LocalDate.of(2024, 3, 9)))).containsExactly(lastFriday);
    }

    @Test
    void takesTheSecondsValueWhereTheFirstStatesNoNumberAndDropsTheSecondsOtherExpressions() {
        TimexFinder combined = new CombinedTimexFinder(finding(at("the same day", "DATE", "XXXX-XX-XX")),
                finding(at("the same day", "DATE", "THIS P1D"), at("daily", "SET", "P1D")));

        assertThat(combined.find(TEXT, List.of(), PUBLISHED)).containsExactly(at("the same day", "DATE", "THIS P1D"));
    }

    @Test
    void keepsTheFirstsValueOtherwise() {
        TimexFinder combined = new CombinedTimexFinder(finding(at("Aug. 7", "DATE", "1998-08-07")),
                finding(at("Aug. 7", "DATE", "1997-08-07")));

        assertThat(combined.find(TEXT, List.of(), PUBLISHED)).containsExactly(at("Aug. 7", "DATE", "1998-08-07"));
        assertThat(combined.find(TEXT, List.of(), Optional.empty())).containsExactly(at("Aug. 7", "DATE", "1998-08-07"));
    }

    @Test
    void theSecondReadsOnlyTheSentencesWhereItsValueCanBeTaken() {
        String text = "It rained in 2023. Talks resume on Friday. They met on May 2, 2024.";
        List<CoreMap> sentences = List.of(sentence(0, 18), sentence(19, 42), sentence(43, 67));
        List<List<CoreMap>> read = new ArrayList<>();
        TimexFinder second = (t, given, published) -> {
            read.add(given);
            return List.of();
        };
        TimexFinder combined = new CombinedTimexFinder(finding(new FoundTimex(13, 17, "DATE", "2023"),
                new FoundTimex(35, 41, "DATE", "2024-03-08"), new FoundTimex(55, 66, "DATE", "2024-05-02")), second);

        combined.find(text, sentences, Optional.of(LocalDate.of(2024, 3, 14)));
        combined.find(text, sentences, Optional.empty());

        assertThat(read).containsExactly(List.of(sentences.get(1)));
    }

    private static CoreMap sentence(int begin, int end) {
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        return sentence;
    }

    @Test
    void touchingExpressionsDoNotOverlap() {
        assertThat(new FoundTimex(0, 6, "DATE", "x").overlaps(new FoundTimex(6, 9, "DATE", "y"))).isFalse();
        assertThat(new FoundTimex(0, 7, "DATE", "x").overlaps(new FoundTimex(6, 9, "DATE", "y"))).isTrue();
    }
}

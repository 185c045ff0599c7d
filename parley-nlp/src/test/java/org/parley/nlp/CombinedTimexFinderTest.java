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

    @Test
    void theSecondIsNotAskedWhereNoValueOfItCouldBeNearerThanTheFirsts() {
        LocalDate published = LocalDate.of(2024, 3, 14);
        String text = "Talks resume on Friday.";
        FoundTimex friday = new FoundTimex(16, 22, "DATE", "2024-03-15");
        FoundTimex fridayBefore = new FoundTimex(16, 22, "DATE", "2024-03-08");
        FoundTimex march = new FoundTimex(16, 22, "DATE", "2024-03");
        FoundTimex marchLastYear = new FoundTimex(16, 22, "DATE", "2023-03");

        assertThat(CombinedTimexFinder.mayTakeSecond(friday, text, Optional.of(published))).isFalse();
        assertThat(CombinedTimexFinder.mayTakeSecond(new FoundTimex(16, 22, "DATE", "2024-03-11"), text,
                Optional.of(published))).isFalse();
        assertThat(CombinedTimexFinder.mayTakeSecond(fridayBefore, text, Optional.of(published))).isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(march, text, Optional.of(published))).isFalse();
        assertThat(CombinedTimexFinder.mayTakeSecond(marchLastYear, text, Optional.of(published))).isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(new FoundTimex(16, 22, "DATE", "2023-02-29"), text,
                Optional.of(LocalDate.of(2024, 3, 1)))).as("an invalid day: a real 29 February is nearer").isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(new FoundTimex(16, 22, "DATE", "XXXX-XX-XX"), text,
                Optional.of(published))).isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(fridayBefore, text, Optional.empty())).isFalse();
    }

    @Test
    void aDayWrittenWithoutItsWeekdayIsAskedOnlyWhenAnotherYearIsNearer() {
        Optional<LocalDate> published = Optional.of(LocalDate.of(2024, 3, 14));
        String text = "Talks resume on March 22, not Friday.";
        FoundTimex march22 = new FoundTimex(16, 24, "DATE", "2024-03-22");
        FoundTimex march22LastYear = new FoundTimex(16, 24, "DATE", "2023-03-22");
        FoundTimex fridayAfter = new FoundTimex(30, 36, "DATE", "2024-03-22");

        assertThat(CombinedTimexFinder.mayTakeSecond(march22, text, published)).as("no weekday named").isFalse();
        assertThat(CombinedTimexFinder.mayTakeSecond(march22LastYear, text, published)).isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(fridayAfter, text, published)).as("8 days away").isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(new FoundTimex(16, 22, "DATE", "2024-03-22"),
                "Talks resume on Thurs. after next.", published)).as("a weekday cut short").isTrue();
        assertThat(CombinedTimexFinder.mayTakeSecond(new FoundTimex(0, 11, "DATE", "2024-02-14"),
                "a month ago", published)).as("'month' names no weekday").isFalse();
    }

    @Test
    void thePresentPastAndFutureAsSuchAreNotAskedAndKeepTheirValue() {
        String text = "Several years ago, and now, the talks failed; in the coming years and the same day they may not.";
        FoundTimex yearsAgo = new FoundTimex(0, 17, "DATE", "PAST_REF");
        FoundTimex now = new FoundTimex(23, 26, "DATE", "PRESENT_REF");
        FoundTimex coming = new FoundTimex(49, 65, "DATE", "FUTURE_REF");
        FoundTimex sameDay = new FoundTimex(70, 82, "DATE", "XXXX-XX-XX");
        List<String> asked = new ArrayList<>();
        TimexFinder second = (t, given, published) -> {
            asked.add(t);
            return List.of(new FoundTimex(0, 17, "DATE", "2023-03-14"), new FoundTimex(23, 26, "DATE", "2024-03-14"),
                    new FoundTimex(49, 65, "DATE", "2025"), new FoundTimex(70, 82, "DATE", "2024-03-14"));
        };
        TimexFinder combined = new CombinedTimexFinder(finding(yearsAgo, now, coming, sameDay), second);

        assertThat(combined.find(text, List.of(sentence(0, text.length())), Optional.of(LocalDate.of(2024, 3, 14))))
                .as("only the same day, asked, takes the second's value")
                .containsExactly(yearsAgo, now, coming, new FoundTimex(70, 82, "DATE", "2024-03-14"));
        assertThat(asked).hasSize(1);
    }

    @Test
    void aDayOfTheFirstWithinThreeDaysOfPublicationKeepsItsValueWhateverTheSecondSays() {
        String text = "Talks resume on Friday.";
        FoundTimex friday = new FoundTimex(16, 22, "DATE", "2024-03-15");
        List<String> asked = new ArrayList<>();
        TimexFinder second = (t, given, published) -> {
            asked.add(t);
            return List.of(new FoundTimex(16, 22, "DATE", "2024-03-22"), new FoundTimex(16, 22, "DATE", "2023-03-15"));
        };
        TimexFinder combined = new CombinedTimexFinder(finding(friday), second);

        assertThat(combined.find(text, List.of(sentence(0, 23)), Optional.of(LocalDate.of(2024, 3, 14))))
                .containsExactly(friday);
        assertThat(asked).isEmpty();
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

    /** One sentence of {@code text} with its tokens, tags and lemmas, written as word/TAG/lemma separated by spaces. */
    private static CoreMap tagged(String text, String... tokens) {
        List<edu.stanford.nlp.ling.CoreLabel> labels = new ArrayList<>();
        int at = 0;
        for (String t : tokens) {
            String[] parts = t.split("/");
            int begin = text.indexOf(parts[0], at);
            edu.stanford.nlp.ling.CoreLabel label = new edu.stanford.nlp.ling.CoreLabel();
            label.setWord(parts[0]);
            label.setTag(parts[1]);
            label.setLemma(parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT));
            label.setBeginPosition(begin);
            label.setEndPosition(begin + parts[0].length());
            labels.add(label);
            at = begin + parts[0].length();
        }
        CoreMap sentence = sentence(0, text.length());
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        return sentence;
    }

    private static List<FoundTimex> combined(String text, CoreMap sentence, String weekday, String value, LocalDate published) {
        int begin = text.indexOf(weekday);
        TimexFinder combined = new CombinedTimexFinder(finding(new FoundTimex(begin, begin + weekday.length(), "DATE", value)),
                finding());
        return combined.find(text, List.of(sentence), Optional.of(published));
    }

    @Test
    void movesAPastWeekdayOfAPlannedActToTheComingWeek() {
        // Written on Wednesday 13 March 2024; the first tagger put "Thursday" on the 7th.
        LocalDate wednesday = LocalDate.of(2024, 3, 13);
        String planned = "The envoys planned to leave on Thursday.";
        CoreMap plannedTokens = tagged(planned, "The/DT", "envoys/NNS/envoy", "planned/VBD/plan", "to/TO", "leave/VB",
                "on/IN", "Thursday/NNP", "./.");
        assertThat(combined(planned, plannedTokens, "Thursday", "2024-03-07", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-14");

        String scheduled = "Talks are set to resume on Monday.";
        CoreMap scheduledTokens = tagged(scheduled, "Talks/NNS/talk", "are/VBP/be", "set/VBN/set", "to/TO",
                "resume/VB", "on/IN", "Monday/NNP", "./.");
        assertThat(combined(scheduled, scheduledTokens, "Monday", "2024-03-11", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-18");

        String deadline = "They have until 9 a.m. Tuesday to sign.";
        CoreMap deadlineTokens = tagged(deadline, "They/PRP", "have/VBP", "until/IN", "9/CD", "a.m./NN", "Tuesday/NNP",
                "to/TO", "sign/VB", "./.");
        assertThat(combined(deadline, deadlineTokens, "9 a.m. Tuesday", "2024-03-12T09:00", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-19T09:00");
    }

    @Test
    void keepsAPastWeekdayOfAnActToldAsDoneOrForAPurpose() {
        LocalDate wednesday = LocalDate.of(2024, 3, 13);
        String purpose = "He flew to Cairo to meet Sisi on Monday.";
        CoreMap purposeTokens = tagged(purpose, "He/PRP", "flew/VBD/fly", "to/TO", "Cairo/NNP", "to/TO", "meet/VB",
                "Sisi/NNP", "on/IN", "Monday/NNP", "./.");
        assertThat(combined(purpose, purposeTokens, "Monday", "2024-03-11", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-11");

        String done = "The plan to meet was dropped on Monday.";
        CoreMap doneTokens = tagged(done, "The/DT", "plan/NN", "to/TO", "meet/VB", "was/VBD/be", "dropped/VBN/drop",
                "on/IN", "Monday/NNP", "./.");
        assertThat(combined(done, doneTokens, "Monday", "2024-03-11", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-11");

        String will = "Ministers will meet on Monday.";
        CoreMap willTokens = tagged(will, "Ministers/NNS/minister", "will/MD", "meet/VB", "on/IN", "Monday/NNP", "./.");
        assertThat(combined(will, willTokens, "Monday", "2024-03-18", wednesday))
                .as("a weekday already after the publication date stays").extracting(FoundTimex::value)
                .containsExactly("2024-03-18");
        assertThat(combined(will, willTokens, "Monday", "2024-03-11", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-18");
    }

    @Test
    void keepsAWeekdayThatSaysItIsPastOrIsToldInThePast() {
        LocalDate wednesday = LocalDate.of(2024, 3, 13);
        String last = "The firm will sell shares; last Monday, it had none.";
        CoreMap lastTokens = tagged(last, "The/DT", "firm/NN", "will/MD", "sell/VB", "shares/NNS/share", ";/:",
                "last/JJ", "Monday/NNP", ",/,", "it/PRP", "had/VBD/have", "none/NN", "./.");
        assertThat(combined(last, lastTokens, "last Monday", "2024-03-11", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-11");

        String pastPlan = "The offer had been due to expire Friday.";
        CoreMap pastPlanTokens = tagged(pastPlan, "The/DT", "offer/NN", "had/VBD/have", "been/VBN/be", "due/JJ",
                "to/TO", "expire/VB", "Friday/NNP", "./.");
        assertThat(combined(pastPlan, pastPlanTokens, "Friday", "2024-03-08", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-08");

        String until = "Until Tuesday, police had not named him.";
        CoreMap untilTokens = tagged(until, "Until/IN/until", "Tuesday/NNP", ",/,", "police/NNS", "had/VBD/have",
                "not/RB", "named/VBN/name", "him/PRP", "./.");
        assertThat(combined(until, untilTokens, "Tuesday", "2024-03-12", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-12");

        String soon = "He could leave as soon as Tuesday, aides said.";
        CoreMap soonTokens = tagged(soon, "He/PRP", "could/MD", "leave/VB", "as/RB", "soon/RB", "as/IN", "Tuesday/NNP",
                ",/,", "aides/NNS/aide", "said/VBD/say", "./.");
        assertThat(combined(soon, soonTokens, "Tuesday", "2024-03-12", wednesday))
                .extracting(FoundTimex::value).containsExactly("2024-03-19");
    }
}

package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.PartOfSpeech;
import org.parley.model.PublicationDate;
import org.parley.model.TimeExpression;

class ExpressionSelectionTest {

    private final ExpressionSelection selection = new ExpressionSelection(new PeriodReading());

    private Optional<String> chosen(AnnotatedFixture f, int sentence, String trigger) {
        int token = trigger == null ? -1 : f.token(sentence, trigger);
        DatingRequest r = new DatingRequest(f.article, f.text, sentence, token, List.of(), false);
        return selection.expressionFor(r, sentence, token).map(TimeExpression::text);
    }

    @Test
    void periodsSpansAndVagueReferencesBelongElsewhere() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Ties grew over [[the past years|2021]], since [[April 2021|2021-04]] and in [[recent months|2024-03]].");
        assertThat(chosen(f, 0, "grew")).isEmpty();
    }

    @Test
    void theDatelineDateIsTheReportsNotTheEvents() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "ACCRA, [[Oct 3|XXXX-10-03]] (Coast Herald) - The ministers met and talked.",
                "Kofi said, [[Oct 3|XXXX-10-03]] (a Friday) was quiet.");
        assertThat(chosen(f, 0, "met")).isEmpty();
        assertThat(chosen(f, 1, "said")).as("a place and a date inside the body are no dateline").contains("Oct 3");
    }

    @Test
    void theNearestExpressionWinsAndAReportingDateCountsAsFar() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "The ministry said on [[May 29|XXXX-05-29]] that they met on [[May 27|XXXX-05-27]] and talked.");
        assertThat(chosen(f, 0, "met")).contains("May 27");
        assertThat(chosen(f, 0, "talked")).contains("May 27");
        assertThat(chosen(f, 0, "said")).as("the reporting verb keeps its own date").contains("May 29");
    }

    @Test
    void withoutATriggerTheFirstExpressionOfTheSentenceIsTaken() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "They met on [[May 27|XXXX-05-27]] and again on [[June 2|XXXX-06-02]].");
        assertThat(chosen(f, 0, null)).contains("May 27");
    }

    @Test
    void aDateAfterAPlanBelongsToThePlan() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN, "They agreed they will meet in [[June 2025|2025-06]].");
        assertThat(chosen(f, 0, "agreed")).isEmpty();
        assertThat(chosen(f, 0, "meet")).contains("June 2025");
    }

    @Test
    void aDateInASinceClauseDatesThatClausesEventNotTheTrigger() {
        // It was her first visit since she took office in September .
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "It was her first visit since she took office in [[September|XXXX-09]].")
                .withParse(0, Set.of("took"), "nsubj 4 0", "cop 4 1", "nmod:poss 4 2", "amod 4 3",
                        "root -1 4", "mark 7 5", "nsubj 7 6", "advcl 4 7", "obj 7 8", "case 10 9", "obl 7 10",
                        "punct 4 11");
        assertThat(chosen(f, 0, "visit")).isEmpty();
        assertThat(chosen(f, 0, "took")).as("the clause's own verb keeps its date").contains("September");
    }

    @Test
    void aDateInAnAfterClauseWhoseSubjectTheParserTookForAPhraseDatesThatClausesEvent() {
        // He praised Ghana after Togo and Benin announced in January that they would leave .
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "He praised Ghana after Togo and Benin announced in [[January|XXXX-01]] that they would leave.")
                .withParse(0, Set.of("praised", "announced", "leave"), "nsubj 1 0", "root -1 1", "obj 1 2",
                        "case 4 3", "obl 1 4", "cc 6 5", "conj 4 6", "dep 1 7", "case 9 8", "obl 7 9", "mark 13 10",
                        "nsubj 13 11", "aux 13 12", "ccomp 7 13", "punct 1 14");
        assertThat(chosen(f, 0, "praised")).isEmpty();
        assertThat(chosen(f, 0, "announced")).as("the clause's own verb keeps its date").contains("January");
    }

    @Test
    void aDateInWhatASayingClauseReportsDatesTheEventItNamesNotTheAct() {
        // Chinh welcomed the visit , saying the talks on March 29 were evidence .
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN,
                "Chinh welcomed the visit, saying the talks on [[March 29|XXXX-03-29]] were evidence.")
                .withParse(0, Set.of("welcomed"), "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "punct 1 4",
                        "advcl 1 5", "det 7 6", "nsubj 12 7", "case 9 8", "nmod 7 9", "nummod 9 10", "cop 12 11",
                        "ccomp 5 12", "punct 1 13")
                .withTag(0, "saying", PartOfSpeech.VERB_GERUND, "say");
        assertThat(chosen(f, 0, "welcomed")).isEmpty();
        assertThat(chosen(f, 0, null)).as("nor is it carried over to the next sentence").isEmpty();
        assertThat(chosen(f, 0, "talks")).as("the talks keep their date").contains("March 29");
    }

    @Test
    void findsTheTokensOfASpanAndAReportingWordBeforeThem() {
        var f = AnnotatedFixture.of(PublicationDate.UNKNOWN, "The ministry said on [[Wednesday|XXXX-WXX-3]].");
        var s = f.text.sentences().get(0);
        int[] range = ExpressionSelection.tokensOf(s, f.text.times().get(0).span());
        assertThat(range).containsExactly(4, 4);
        assertThat(ExpressionSelection.reportedBy(s, range[0])).isTrue();
        assertThat(ExpressionSelection.reportedBy(s, 1)).isFalse();
    }
}

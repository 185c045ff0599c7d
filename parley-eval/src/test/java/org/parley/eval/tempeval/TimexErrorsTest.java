package org.parley.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;
import org.parley.model.TimeExpression;

class TimexErrorsTest {

    private static final String TEXT = "The talks on Monday ended, and a deal came last week, two days ago.";

    private static Span span(String words) {
        int begin = TEXT.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static TimeExpression predicted(String words, String type, String value) {
        return new TimeExpression(words, span(words), type, value, 0);
    }

    @Test
    void listsMissedSpuriousValueAndTypeDifferencesButNotAgreements() {
        TimeMlDocument doc = new TimeMlDocument("d1.tml", TEXT, LocalDate.of(2024, 3, 14), List.of(
                new GoldTimex("t1", span("Monday"), "DATE", "2024-03-11"),
                new GoldTimex("t2", span("last week"), "DATE", "2024-W10"),
                new GoldTimex("t3", span("two days ago"), "DATE", "2024-03-12")));

        List<String> lines = new TimexErrors().of(doc, List.of(
                predicted("on Monday", "DATE", "2024-03-11"),
                predicted("last week", "DURATION", "2024-W10"),
                predicted("The talks", "DATE", "PRESENT_REF")));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("d1.tml\t2024-03-14\ttype\tlast week\tDATE\t2024-W10\t")
                .endsWith("\tlast week\tDURATION\t2024-W10");
        assertThat(lines.get(1)).startsWith("d1.tml\t2024-03-14\tmissed\ttwo days ago\tDATE\t2024-03-12\t")
                .contains("week, [two days ago].");
        assertThat(lines.get(2)).contains("\tspurious\t").contains("[The talks]").endsWith("\tThe talks\tDATE\tPRESENT_REF");
        assertThat(lines).noneMatch(l -> l.contains("\tvalue\t"));
    }

    @Test
    void reportsAValueDifferenceOnARelaxedMatch() {
        TimeMlDocument doc = new TimeMlDocument("d2.tml", TEXT, LocalDate.of(2024, 3, 14), List.of(
                new GoldTimex("t1", span("Monday"), "DATE", "2024-03-11")));

        List<String> lines = new TimexErrors().of(doc, List.of(predicted("on Monday", "DATE", "2024-03-18")));

        assertThat(lines).containsExactly("d2.tml\t2024-03-14\tvalue\tMonday\tDATE\t2024-03-11\t"
                + "The talks on [Monday] ended, and a deal came last week, two days ago.\ton Monday\tDATE\t2024-03-18");
    }
}

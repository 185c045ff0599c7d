package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.parley.core.dateline.DateGrammar;
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DayMonthOrder;

class DayMonthCluesTest {

    private final DayMonthClues clues = new DayMonthClues();

    private static Dateline undecided(String stamp) {
        Matcher m = DateGrammar.EXPRESSION.matcher(stamp);
        assertThat(m.find()).isTrue();
        Dateline d = DateGrammar.read(m, null);
        assertThat(d.orderUndecided()).as("%s is undecided without clues", stamp).isTrue();
        return d;
    }

    @Test
    void theUrlPathOutweighsTheText() {
        // the text names 4 May, but the page is filed under April
        var decision = clues.decide(undecided("04/05/2019"), "https://site.example/2019/04/story", "Talks resume on May 4.");
        assertThat(decision).map(DayMonthClues.Decision::order).contains(DayMonthOrder.MONTH_FIRST);
        assertThat(undecided("04/05/2019").inOrder(DayMonthOrder.MONTH_FIRST, "r").date())
                .isEqualTo(LocalDate.of(2019, 4, 5));
    }

    @Test
    void aUrlDayMustMatchToo() {
        assertThat(clues.decide(undecided("04/05/2019"), "https://site.example/2019/04/09/story", null)).isEmpty();
        assertThat(clues.decide(undecided("04/05/2019"), "https://site.example/2019-05-04/story", null))
                .map(DayMonthClues.Decision::order).contains(DayMonthOrder.DAY_FIRST);
    }

    @Test
    void aClueThatFitsBothReadingsOrNeitherDecidesNothing() {
        assertThat(clues.decide(undecided("03/08/2013"), null, "Games on March 8 and August 3")).isEmpty();
        assertThat(clues.decide(undecided("03/08/2013"), null, "The game ended on June 1.")).isEmpty();
        assertThat(clues.decide(undecided("03/08/2013"), "https://site.example/2012/03/x", null)).isEmpty();
        assertThat(clues.decide(undecided("03/08/2013"), null, "The Jays won on Friday, March 8."))
                .map(DayMonthClues.Decision::order).contains(DayMonthOrder.MONTH_FIRST);
    }

    @Test
    void theMonthOfANamedDateDecidesWhenNoDayDoes() {
        assertThat(clues.decide(undecided("03/08/2013"), null, "The series opened on March 2 and resumes March 15."))
                .hasValueSatisfying(d -> {
                    assertThat(d.order()).isEqualTo(DayMonthOrder.MONTH_FIRST);
                    assertThat(d.reason()).isEqualTo("MM/dd read: only that reading fits the month of a date the text names");
                });
        // a named day outweighs a named month
        assertThat(clues.decide(undecided("03/08/2013"), null, "Camp opens August 3; the draw was on March 20."))
                .map(DayMonthClues.Decision::order).contains(DayMonthOrder.DAY_FIRST);
        // a written year must be the stamp's
        assertThat(clues.decide(undecided("03/08/2013"), null, "Talks were held on 3 March 2012.")).isEmpty();
    }
}

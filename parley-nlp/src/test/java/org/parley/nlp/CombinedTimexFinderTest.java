package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CombinedTimexFinderTest {

    private static TimexFinder finding(FoundTimex... found) {
        return (text, sentences, published) -> List.of(found);
    }

    @Test
    void keepsTheFirstFindersExpressionWhereBothFoundOneAndAddsTheSecondsElsewhere() {
        FoundTimex monday = new FoundTimex(10, 16, "DATE", "2024-03-25");
        FoundTimex mondayMorning = new FoundTimex(10, 24, "TIME", "2024-03-25TMO");
        FoundTimex daily = new FoundTimex(40, 45, "SET", "P1D");
        TimexFinder combined = new CombinedTimexFinder(finding(monday), finding(mondayMorning, daily));

        assertThat(combined.find("", List.of(), Optional.empty())).containsExactly(monday, daily);
    }

    @Test
    void touchingExpressionsDoNotOverlap() {
        assertThat(new FoundTimex(0, 6, "DATE", "x").overlaps(new FoundTimex(6, 9, "DATE", "y"))).isFalse();
        assertThat(new FoundTimex(0, 7, "DATE", "x").overlaps(new FoundTimex(6, 9, "DATE", "y"))).isTrue();
    }
}

package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisspeltMonthTest {

    @Test
    void repairsAMonthOneLetterOffBeforeADayAndAYear() {
        assertThat(MisspeltMonth.repair("Octber 4, 2011")).hasValueSatisfying(r -> {
            assertThat(r.text()).isEqualTo("October 4, 2011");
            assertThat(r.note()).isEqualTo("month Octber read as October");
        });
        assertThat(MisspeltMonth.repair("Posted Febuary 9 2010")).map(MisspeltMonth.Repaired::text)
                .contains("Posted February 9 2010");
        assertThat(MisspeltMonth.repair("Setember 30, 2012")).map(MisspeltMonth.Repaired::text)
                .contains("September 30, 2012");
    }

    @Test
    void leavesWordsWithoutADayAndAYearOrTwoEditsAwayAlone() {
        assertThat(MisspeltMonth.repair("Marco 12 scored twice")).isEmpty();
        assertThat(MisspeltMonth.repair("Marco scored 12 in 2011")).isEmpty();
        assertThat(MisspeltMonth.repair("Novmbr 3, 2009")).isEmpty();
        // a swap of two letters is two edits
        assertThat(MisspeltMonth.repair("Septmeber 3, 2009")).isEmpty();
        // four-letter months are one letter from too many words ("Jane", "Judy")
        assertThat(MisspeltMonth.repair("Jule 3, 2009")).isEmpty();
        assertThat(MisspeltMonth.repair("November 3, 2009")).isEmpty();
    }

    @Test
    void oneEditIsOneLetterAddedDroppedOrChanged() {
        assertThat(MisspeltMonth.oneEdit("agust", "august")).isTrue();
        assertThat(MisspeltMonth.oneEdit("augusts", "august")).isTrue();
        assertThat(MisspeltMonth.oneEdit("augost", "august")).isTrue();
        assertThat(MisspeltMonth.oneEdit("augutsx", "august")).isFalse();
        assertThat(MisspeltMonth.oneEdit("ausgut", "august")).isFalse();
        assertThat(MisspeltMonth.oneEdit("august", "august")).isFalse();
    }
}

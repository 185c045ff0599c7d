package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumericDatesTest {

    @Test
    void readsDayFirstSlashDates() {
        String text = "Updated 27/03/2024 - 07:05 (GMT+7)";
        var found = NumericDates.find(text);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(LocalDate.of(2024, 3, 27));
            assertThat(f.span().of(text)).isEqualTo("27/03/2024");
        });
    }

    @Test
    void readsDotsAndDashesAndAmbiguousDatesDayFirst() {
        assertThat(NumericDates.find("on 05.04.2024 and 6-4-2024"))
                .extracting(NumericDates.Found::date)
                .containsExactly(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 6));
    }

    @Test
    void readsMonthFirstWhenTheSecondFieldCannotBeAMonth() {
        assertThat(NumericDates.find("signed 03/27/2024")).extracting(NumericDates.Found::date)
                .containsExactly(LocalDate.of(2024, 3, 27));
    }

    @Test
    void ignoresImpossibleDatesVersionsAndLongerNumbers() {
        assertThat(NumericDates.find("31/02/2024, version 1.2.2024.5, ratio 12/10/20245, 1/2/3")).isEmpty();
    }
}

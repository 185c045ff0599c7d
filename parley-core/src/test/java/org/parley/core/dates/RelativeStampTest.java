package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.core.dateline.Dateline;

class RelativeStampTest {

    @Test
    void countsTheAgeBackFromTheDayThePageWasFetched() {
        assertThat(RelativeStamp.read("Posted 2 years, 10 days ago (retrieved on 20 May 2015)", null))
                .hasValueSatisfying(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 5, 10));
                    assertThat(d.time()).isNull();
                    assertThat(d.note()).isEqualTo("read as 2015-05-20, the day the page was fetched, less 2 years, 10 days");
                });
        assertThat(RelativeStamp.read("Added a week ago - accessed : Mar 3 , 2016", null))
                .map(Dateline::date).contains(LocalDate.of(2016, 2, 25));
        assertThat(RelativeStamp.read("3 months and 1 day ago [crawled 2014 - 01 - 31]", null))
                .map(Dateline::date).contains(LocalDate.of(2013, 10, 30));
    }

    @Test
    void anAgeInHoursOrWithoutTheFetchDayGivesNoDay() {
        assertThat(RelativeStamp.read("Posted 5 hours ago [downloaded on 2 June 2014]", null)).isEmpty();
        assertThat(RelativeStamp.read("Posted 4 days ago", null)).isEmpty();
        // a date not said to be the fetch day is not counted from
        assertThat(RelativeStamp.read("Posted 4 days ago, about the vote of 2 June 2014", null)).isEmpty();
        // the fetch day's order must be known
        assertThat(RelativeStamp.read("Posted 4 days ago [downloaded on 05/06/2014]", null)).isEmpty();
    }
}

package org.parley.core.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSpacingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Posted on Thu Jun 13, 2013 08 : 45 AM PDT; Posted on Thu Jun 13, 2013 08:45 AM PDT",
            "Released 2013 - 09 - 28 05 : 08 : 35 GMT;  Released 2013-09-28 05:08:35 GMT",
            "updated 12 / 19 / 2005 2 : 48 : 40 PM ET;  updated 12/19/2005 2:48:40 PM ET",
            "Edited on Mon Dec - 19 - 05 03 : 49 PM;    Edited on Mon Dec-19-05 03:49 PM",
            "updated 8 : 41 p. m. EST;                  updated 8:41 p.m. EST",
            "10 : 55 P.M.FEB. 2, 2009;                  10:55 P.M. FEB. 2, 2009",
            "'(GMT+05 : 00)';                           '(GMT+05:00)'",
            "Chiefs lose 20 - 13 in 1978 - 89;          Chiefs lose 20 - 13 in 1978 - 89",
            "Posted : 04 / 9 / 2012;                    Posted : 04/9/2012",
    })
    void closesTheSpacesInsideDatesAndTimesOnly(String tokenized, String joined) {
        assertThat(TokenSpacing.join(tokenized)).isEqualTo(joined);
    }
}

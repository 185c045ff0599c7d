package org.parley.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.kb.OfficeTerm;

class TenuresTest {

    @Test
    void aRoleAsNewsWritesItDenotesItsOffice() {
        assertThat(Tenures.officeOf("Foreign Minister")).contains(OfficeTerm.FOREIGN_MINISTER);
        assertThat(Tenures.officeOf("U.S. Secretary of State")).contains(OfficeTerm.FOREIGN_MINISTER);
        assertThat(Tenures.officeOf("General Secretary of the Communist Party")).contains(OfficeTerm.PARTY_GENERAL_SECRETARY);
        assertThat(Tenures.officeOf("Prime Minister")).contains(OfficeTerm.HEAD_OF_GOVERNMENT);
        assertThat(Tenures.officeOf("Minister of National Defence")).contains(OfficeTerm.DEFENCE_MINISTER);
        assertThat(Tenures.officeOf("National Security Adviser")).contains(OfficeTerm.NATIONAL_SECURITY_ADVISOR);
        assertThat(Tenures.officeOf("President")).contains(OfficeTerm.HEAD_OF_STATE);
    }

    @Test
    void deputiesAndOtherRolesDenoteNone() {
        assertThat(Tenures.officeOf("Deputy Prime Minister")).isEmpty();
        assertThat(Tenures.officeOf("Vice President")).isEmpty();
        assertThat(Tenures.officeOf("Deputy Foreign Minister")).isEmpty();
        assertThat(Tenures.officeOf("Ambassador")).isEmpty();
        assertThat(Tenures.officeOf(null)).isEmpty();
    }

    @Test
    void theFirstMatchingRowWins() {
        // "foreign minister" comes before "head of state": a president's foreign minister is a foreign minister.
        assertThat(Tenures.officeOf("President's foreign minister")).contains(OfficeTerm.FOREIGN_MINISTER);
    }
}

package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.PublicationDate;

class RecordJsonTest {

    private final RecordJson json = new RecordJson();

    @Test
    void publicationDatesCarryATypeAndComeBackEqual() throws Exception {
        for (PublicationDate date : new PublicationDate[] {SampleArticles.datedWithOffset(), SampleArticles.dayOnly(),
                SampleArticles.withoutYear(), PublicationDate.UNKNOWN}) {
            String written = json.publicationDate(date);
            assertThat(json.publicationDate(written)).isEqualTo(date);
            assertThat(written).containsPattern("\"type\":\"(dated|withoutYear|unknown)\"");
        }
    }

    @Test
    void datesAreWrittenAsIsoTextNotNumbers() {
        assertThat(json.publicationDate(SampleArticles.datedWithOffset()))
                .contains("\"dateTime\":\"2024-03-26T20:20:00\"").contains("\"offset\":\"+07:00\"");
        assertThat(json.publicationDate(SampleArticles.withoutYear())).contains("\"monthDay\":\"--01-07\"");
    }

    @Test
    void annotationsAreCompressedAndComeBackEqual() throws Exception {
        var annotation = SampleArticles.annotation("corenlp");
        byte[] blob = json.annotation(annotation);

        assertThat(blob[0] & 0xff).isEqualTo(0x1f); // gzip magic
        assertThat(json.annotation(blob)).isEqualTo(annotation);
    }
}

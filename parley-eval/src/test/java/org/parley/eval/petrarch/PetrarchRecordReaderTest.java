package org.parley.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PetrarchRecordReaderTest {

    static PetrarchRecordReader.Records sample() throws IOException {
        try (InputStream in = PetrarchRecordReaderTest.class.getResourceAsStream("/petrarch/sample.xml")) {
            return new PetrarchRecordReader().read(in, "sample.xml");
        }
    }

    @Test
    void readsCodingsTextAndNoEventAndErrorRecords() throws IOException {
        PetrarchRecordReader.Records records = sample();
        assertThat(records.records()).extracting(PetrarchRecord::id)
                .containsExactly("TEST-01", "TEST-02", "TEST-03", "TEST-04");
        PetrarchRecord first = records.records().get(0);
        assertThat(first.text()).isEqualTo("Aland visited Borduria on Monday.");
        assertThat(first.codings()).containsExactly(new PetrarchRecord.Coding("AAA", "BBB", "042"));
        assertThat(records.records().get(1).codings()).extracting(PetrarchRecord.Coding::eventCode)
                .containsExactly("1723", "1723");
        assertThat(records.records().get(2).codings()).isEmpty();
        assertThat(records.records().get(2).expectsError()).isFalse();
        assertThat(records.records().get(3).expectsError()).isTrue();
    }

    @Test
    void aCodingWithoutEventCodeIsReportedAndItsRecordSkipped() throws IOException {
        assertThat(sample().problems()).singleElement().asString().contains("TEST-05").contains("eventcode");
    }
}

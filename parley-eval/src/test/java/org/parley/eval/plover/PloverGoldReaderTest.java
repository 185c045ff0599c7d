package org.parley.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PloverGoldReaderTest {

    static PloverGoldReader.Gold sample() throws IOException {
        try (InputStream in = PloverGoldReaderTest.class.getResourceAsStream("/plover/sample.json")) {
            return new PloverGoldReader().read(in, "sample.json");
        }
    }

    @Test
    void readsEventRecordsAndSkipsDocumentation() throws IOException {
        PloverGoldReader.Gold gold = sample();
        assertThat(gold.records()).extracting(PloverRecord::id)
                .containsExactly("TEST-AGREE-0001", "TEST-CONSULT-0001", "TEST-PROTEST-0001");
        PloverRecord agree = gold.records().get(0);
        assertThat(agree.event()).isEqualTo("AGREE");
        assertThat(agree.sources()).containsExactly(new GoldActor("Vietnamese", "VNMGOV", "GOV"));
        assertThat(agree.targets()).extracting(GoldActor::code).containsExactly("LAO");
    }

    @Test
    void emptyOrMalformedActorListsReadAsNoneAndAreReported() throws IOException {
        PloverGoldReader.Gold gold = sample();
        assertThat(gold.records().get(1).targets()).isEmpty();
        assertThat(gold.records().get(2).targets()).isEmpty();
        assertThat(gold.problems()).anyMatch(p -> p.contains("TEST-PROTEST-0001") && p.contains("target"));
        assertThat(gold.problems()).anyMatch(p -> p.contains("TEST-BROKEN-0001") && p.contains("no text"));
        assertThat(gold.problems()).noneMatch(p -> p.contains("TEST-CONSULT-0001"));
    }
}

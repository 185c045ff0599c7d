package org.parley.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.MatchCounts;

class PetrarchRunTest {

    @Test
    void scoresExactAndRootCodesAsMultisetsByHand() throws IOException {
        List<PetrarchRecord> records = PetrarchRecordReaderTest.sample().records(); // 042; 1723 x2; none; error
        List<List<String>> predicted = List.of(
                List.of("042"),            // exact hit
                List.of("1723", "172"),    // one exact hit; "172" hits the second 1723 at root 17 only
                List.of("010"),            // spurious on a no-event sentence
                List.of("999"));           // error record: not scored
        PetrarchRun.Result r = new PetrarchRun().score("hand", records, predicted);
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.exact()).isEqualTo(new MatchCounts(2, 4, 3));
        assertThat(r.root()).isEqualTo(new MatchCounts(3, 4, 3));
        // sentence 1 right; sentence 2: {1723,172} != {1723}; sentence 3: {010} != {}
        assertThat(r.sentenceAccuracy()).isEqualTo(1.0 / 3);
    }

    @Test
    void aSentenceExpectingNoEventIsRightWhenNothingIsPredicted() throws IOException {
        List<PetrarchRecord> records = PetrarchRecordReaderTest.sample().records().subList(2, 3);
        PetrarchRun.Result r = new PetrarchRun().score("quiet", records, List.of(List.of()));
        assertThat(r.sentenceAccuracy()).isEqualTo(1.0);
        assertThat(r.exact()).isEqualTo(MatchCounts.ZERO);
    }

    @Test
    void theRootIsTheFirstTwoDigits() {
        assertThat(PetrarchRun.root("1723")).isEqualTo("17");
        assertThat(PetrarchRun.root("042")).isEqualTo("04");
        assertThat(PetrarchRun.root("17")).isEqualTo("17");
    }

    @Test
    void theBaselineCodesTheEarliestKeyword() {
        assertThat(new KeywordCameoCoder().cameoCodes("Aland visited Borduria after talks.")).containsExactly("042");
        assertThat(new KeywordCameoCoder().cameoCodes("The weather was mild.")).isEmpty();
        assertThat(PetrarchRun.table(List.of())).contains("PETRARCH-1 passes all").contains("invented actors");
    }
}

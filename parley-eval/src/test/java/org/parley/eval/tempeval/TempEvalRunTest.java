package org.parley.eval.tempeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.MatchCounts;

class TempEvalRunTest {

    @Test
    void unwrapsSingleLineBreaksButKeepsParagraphsAndLength() {
        String text = "\nNAIROBI, Kenya (AP) _\n\nBombs exploded outside the\nembassies Friday.\n  \nMore.\n";
        String unwrapped = TempEvalRun.unwrapLines(text);
        assertThat(unwrapped).hasSameSizeAs(text)
                .isEqualTo("\nNAIROBI, Kenya (AP) _\n\nBombs exploded outside the embassies Friday.\n  \nMore.\n");
    }

    @Test
    void comparesEachTimeTaggerOnCuedAndOnAllSentences() {
        assertThat(TempEvalRun.standardConfigs()).extracting(TempEvalRun.Config::name).containsExactly(
                "parley-default", "sutime-cued", "sutime-all-sentences", "heideltime-cued",
                "heideltime-all-sentences", "both-cued", "both-all-sentences");
    }

    @Test
    void printsATableWithPeerNumbersAndAScriptLine() {
        TimexScore score = new TimexScore(new MatchCounts(1, 2, 4), new MatchCounts(2, 2, 4),
                new MatchCounts(1, 2, 4), new MatchCounts(2, 2, 4));
        TempEvalRun.Result r = new TempEvalRun.Result("parley-default", 3, score, 1.5, 12.25, List.of(), List.of());
        assertThat(TempEvalRun.table(List.of(r))).contains("parley-default").contains("HeidelTime 77.6");
        assertThat(TempEvalRun.scriptLine(r)).startsWith("eval: set=tempeval3 config=parley-default docs=3 gold=4")
                .contains("relaxed_f1=0.6667").contains("value_f1=0.3333").contains("value_accuracy=0.5000")
                .contains("timex_ms_per_doc=12.3");
    }
}

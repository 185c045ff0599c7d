package org.parley.core.extract.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.model.Sentence;

class BodySentencesTest {

    private static final String[] HEADLINE = {"Banks/NNS/nsubj/1", "sign/VBP/root/-1", "MOU/NNP/obj/1"};
    private static final String[] BODY = {"Alpha/NNP/nsubj/1", "signed/VBD:sign/root/-1", "it/PRP/obj/1",
            "./.:./punct/1"};

    @Test
    void theHeadlineIsSkippedWhenABodyFollows() {
        assertThat(body(new HandParsedText().sentence(HEADLINE).sentence(BODY))).containsExactly(1);
    }

    @Test
    void aHeadlineWithoutBodyIsKept() {
        assertThat(body(new HandParsedText().sentence(HEADLINE))).containsExactly(0);
    }

    @Test
    void aPhotoCaptionIsSkipped() {
        assertThat(body(new HandParsedText().sentence(BODY).sentence(BODY).caption().sentence(BODY)))
                .containsExactly(0, 2);
    }

    private static List<Integer> body(HandParsedText t) {
        CommitmentReading start = CommitmentReading.start(ArticleAnalysis.of(t.article(), t.annotation()), t.mentions());
        return new BodySentences().apply(start).body().stream().map(Sentence::index).toList();
    }
}

package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.eval.SeedCorpus;

/** Cross-document event coreference on the ECB+ dev gold mentions: prints every system's scores. */
class EcbCorefIT {

    @Test
    void scoresTheLemmaBaselineAndParleyOnTheDevGoldMentions() {
        Path bench = SeedCorpus.sharedDir().resolve("bench/ecbplus-dev");
        assumeTrue(Files.isRegularFile(bench.resolve("ECB_Dev_Event_gold_mentions.json")),
                "../shared/bench/ecbplus-dev gold mentions are absent: skipping the ECB+ coreference run");

        EcbCorefRun.Result result = EcbCorefRun.run(bench, Path.of("target", "ecb-store"));

        System.out.println(result.summary());
        result.systems().forEach(s -> System.out.println(s.scriptLine()));
        Map<String, CorefScores> by = result.systems().stream()
                .collect(Collectors.toMap(EcbCorefRun.SystemScore::system, EcbCorefRun.SystemScore::scores));
        assertThat(result.mentions()).isGreaterThan(1000);
        assertThat(result.located()).as("mentions found in the annotated bodies").isGreaterThan(result.mentions() / 2);
        // the lemma rule is a strong baseline: well above all-singletons (CoNLL ~0.5 with ~30% singleton chains)
        assertThat(by.get("lemma-topic").conllF1()).isGreaterThan(0.55);
        // knowing the real event's documents can only help the lemma rule
        assertThat(by.get("lemma-subtopic").conllF1()).isGreaterThanOrEqualTo(by.get("lemma-topic").conllF1() - 0.01);
        assertThat(by.get("lemma-story").conllF1()).isGreaterThan(0.5);
        // Parley's coreference (WordNet triggers, arguments) beats the lemma rule in the same documents
        assertThat(by.get("parley-coref-subtopic").conllF1()).isGreaterThan(by.get("lemma-subtopic").conllF1());
        assertThat(by.get("parley-coref").conllF1()).isGreaterThan(by.get("lemma-story").conllF1());
        // measured 0.809 and 0.797 with neighbour stories, the 0.45 threshold, phrase hypernyms and the
        // misplaced-document rule (docs/eval.md, docs/nlp-performance.md): a fall below is a regression
        assertThat(by.get("parley-coref-subtopic").conllF1()).isGreaterThan(0.805);
        assertThat(by.get("parley-coref").conllF1()).isGreaterThan(0.790);
    }
}

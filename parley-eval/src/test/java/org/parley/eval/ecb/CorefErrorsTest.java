package org.parley.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.coref.Arguments;
import org.parley.core.coref.CorefMention;
import org.parley.core.coref.Trigger;
import org.parley.core.coref.WordClass;

class CorefErrorsTest {

    private static CorefMention mention(String id, String lemma, String place) {
        return new CorefMention(id, "doc" + id, 1, new Trigger(lemma, WordClass.VERB),
                new Arguments(Set.of(), Set.of(place), Set.of(), Set.of()), null);
    }

    @Test
    void listsWrongMergesAndSplitsWorstFirstWithWhatTheResolverSaw() {
        Map<String, CorefMention> mentions = Map.of("a", mention("a", "hit", "chile"), "b", mention("b", "strike", "peru"),
                "c", mention("c", "hit", "chile"), "d", mention("d", "quake", "iran"));
        Map<String, String> texts = Map.of("a", "hit", "b", "struck", "c", "hit", "d", "quake");
        // gold: {a, b, c} {d}; response: {a, d} {b} {c}
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2");
        Map<String, String> response = Map.of("a", "R1", "d", "R1", "b", "R2", "c", "R3");

        List<String> lines = CorefErrors.lines(mentions, texts, response, gold, doc -> "story-" + doc);

        // G1 split in three parts: 3 missed pairs; R1 merges two gold chains: 1 wrong pair
        assertThat(lines.get(0)).isEqualTo("split\tG1\t3\t3");
        assertThat(lines.subList(1, 4)).allMatch(l -> l.startsWith("\tR"));
        assertThat(lines.get(2)).contains("\tdocb\t1\tstruck\tstrike/VERB\tstrike\t\tperu\t\t\tnull\tstory-docb");
        assertThat(lines.get(4)).isEqualTo("merged\tR1\t1\t2");
        assertThat(lines).hasSize(7);
    }

    @Test
    void theGoldItselfHasNoErrors() {
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G2");
        assertThat(CorefErrors.lines(Map.of(), Map.of(), gold, gold, doc -> null)).isEmpty();
    }
}

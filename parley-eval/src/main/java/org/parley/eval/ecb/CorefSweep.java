package org.parley.eval.ecb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.coref.CorefWeights;

/**
 * A sensitivity table of Parley's event coreference: each named weight varied alone from the
 * bundled ones ({@code bin/parley eval ecb --coref-sweep threshold=0.4,0.45,0.5}), or several together
 * ({@code --coref-sweep 'lightTrigger=0.5;sharedPlace=0.1'}), with the CoNLL
 * F1 and its parts within Parley's stories and within gold subtopics. The inputs are read once;
 * a row costs one resolution (seconds).
 */
final class CorefSweep {

    private CorefSweep() {
    }

    static List<String> table(CorefResolution resolution, CorefWeights base, List<Map<String, Double>> settings,
                              Map<String, String> gold) {
        List<String> out = new ArrayList<>();
        for (Map<String, Double> setting : settings) {
            CorefWeights weights = base;
            StringBuilder label = new StringBuilder();
            StringBuilder bundled = new StringBuilder();
            for (Map.Entry<String, Double> e : setting.entrySet()) {
                weights = weights.with(e.getKey(), e.getValue());
                label.append(label.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
                bundled.append(bundled.isEmpty() ? "" : ";").append(base.values().get(e.getKey()));
            }
            CorefResolution.Chains chains = resolution.resolve(weights);
            CorefScores stories = CorefScores.of(chains.inStories(), gold);
            CorefScores subtopics = CorefScores.of(chains.inSubtopics(), gold);
            out.add(String.format(Locale.ROOT, "eval: set=ecb-coref-sweep setting=%s bundled=%s "
                            + "muc_f1=%.4f b3_f1=%.4f ceafe_f1=%.4f conll_f1=%.4f subtopic_conll_f1=%.4f",
                    label, bundled, stories.muc().f1(), stories.b3().f1(), stories.ceafE().f1(), stories.conllF1(),
                    subtopics.conllF1()));
        }
        return out;
    }
}

package org.parley.eval.ecb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.parley.core.coref.Arguments;
import org.parley.core.coref.CorefMention;

/**
 * The differences between a coreference response and the gold chains, for reading by hand: every
 * response chain that joins mentions of several gold chains ({@code merged}) and every gold chain
 * the response splits ({@code split}), worst first (most wrong or missed mention pairs), each
 * followed by its mentions grouped by the other side's chain, with what the resolver saw of them.
 *
 * <p>Line layout (tab-separated): a header {@code merged|split, chain, wrong-or-missed pairs, parts},
 * then one line per mention: {@code part, document, sentence, text, lemma/class, phrase,
 * participants, places, quantities, times, published, story}.
 */
final class CorefErrors {

    private CorefErrors() {
    }

    /**
     * @param mentions the resolver's inputs, by id
     * @param texts    each mention's words as the gold gives them, by id
     * @param response response chain by mention id
     * @param gold     gold chain by mention id
     * @param storyOf  the story (or block) a document was resolved in; null when none
     */
    static List<String> lines(Map<String, CorefMention> mentions, Map<String, String> texts, Map<String, String> response,
                              Map<String, String> gold, Function<String, String> storyOf) {
        List<Error> errors = new ArrayList<>();
        errors.addAll(errors("merged", response, gold));
        errors.addAll(errors("split", gold, response));
        errors.sort(Comparator.comparingLong(Error::pairs).reversed().thenComparing(Error::kind)
                .thenComparing(Error::chain));
        List<String> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(e.kind() + "\t" + e.chain() + "\t" + e.pairs() + "\t" + e.parts().size());
            e.parts().forEach((part, ids) -> ids.forEach(id -> out.add(line(part, mentions.get(id), texts.get(id),
                    storyOf))));
        }
        return out;
    }

    /** One chain of {@code outer} whose mentions lie in several chains of {@code inner}. */
    private record Error(String kind, String chain, long pairs, Map<String, List<String>> parts) {
    }

    private static List<Error> errors(String kind, Map<String, String> outer, Map<String, String> inner) {
        Map<String, Map<String, List<String>>> byOuter = new TreeMap<>();
        outer.forEach((id, chain) -> byOuter.computeIfAbsent(chain, c -> new TreeMap<>())
                .computeIfAbsent(inner.getOrDefault(id, "-"), c -> new ArrayList<>()).add(id));
        List<Error> out = new ArrayList<>();
        byOuter.forEach((chain, parts) -> {
            if (parts.size() < 2) {
                return;
            }
            long total = parts.values().stream().mapToLong(List::size).sum();
            long within = parts.values().stream().mapToLong(p -> (long) p.size() * (p.size() - 1) / 2).sum();
            parts.values().forEach(ids -> ids.sort(null));
            out.add(new Error(kind, chain, total * (total - 1) / 2 - within, parts));
        });
        return out;
    }

    private static String joined(java.util.Set<String> values) {
        return String.join("|", new java.util.TreeSet<>(values));
    }

    private static String line(String part, CorefMention m, String text, Function<String, String> storyOf) {
        if (m == null) {
            return "\t" + part + "\t(not resolved)\t" + text;
        }
        Arguments a = m.arguments();
        String story = storyOf.apply(m.document());
        return String.join("\t", "", part, m.document(), String.valueOf(m.sentence()), String.valueOf(text),
                m.trigger().lemma() + "/" + m.trigger().wordClass(), m.trigger().phrase(),
                joined(a.participants()), joined(a.places()), joined(a.quantities()), joined(a.times()), String.valueOf(m.published()), story == null ? "-" : story);
    }
}

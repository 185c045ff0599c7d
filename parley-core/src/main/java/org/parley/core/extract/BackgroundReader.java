package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;

/**
 * Marks the events the text gives as past context, not news: "since President Biden's historic
 * visit", "results of the phone talks", "had met". Background events are dated from their own
 * sentence only and never lend or inherit a place. Reads {@code TRIGGERS}; adds
 * {@code BACKGROUND}.
 */
final class BackgroundReader implements EventPass {

    /** Nouns whose "of" complement is an earlier event ("results of the phone talks"). */
    private static final Set<String> RESULT_NOUNS = Set.of("result", "outcome", "success", "progress",
            "advancement", "elevation", "upgrade", "achievement", "implementation", "anniversary", "momentum");
    private static final Set<String> PAST_MODIFIERS = Set.of("historic", "previous", "last", "past", "recent",
            "earlier", "successful", "former", "landmark");
    private static final Set<String> PAST_PREPOSITIONS = Set.of("since", "after", "following");

    @Override
    public Set<Fact> reads() {
        return Set.of(Fact.TRIGGERS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.BACKGROUND);
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> Optional.of(d.withBackground(background(article.sentence(d.sentence()).graph(), d.token()))));
    }

    private boolean background(SentenceGraph g, int i) {
        for (int c : g.children(i)) {
            String rel = g.relation(c);
            if ((rel.equals("amod") && PAST_MODIFIERS.contains(g.lemma(c)))
                    || (rel.equals("case") || rel.equals("mark")) && PAST_PREPOSITIONS.contains(g.lemma(c))) {
                return true;
            }
        }
        // past perfect: "had met", "had reached"
        boolean perfect = g.children(i, "aux").stream().anyMatch(c -> g.word(c).equals("had"));
        if (perfect && g.isVerb(i)) {
            return true;
        }
        int node = i;
        for (int depth = 0; depth < 3; depth++) {
            int gov = g.governor(node);
            if (gov < 0 || !g.baseRelation(node).equals("nmod") && !g.baseRelation(node).equals("obl")
                    && !g.relation(node).equals("conj")) {
                return false;
            }
            if (RESULT_NOUNS.contains(g.lemma(gov)) || PAST_PREPOSITIONS.contains(g.caseOf(gov))) {
                return true;
            }
            node = gov;
        }
        return false;
    }
}

package org.parley.core.extract;

import java.util.Optional;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventWords.BackgroundCue;

/**
 * Marks the events the text gives as past context, not news: "since President Biden's historic
 * visit", "results of the phone talks", "had met", "last met", and a when-clause of such an event
 * ("last met in Hanoi, when they agreed ..."), and a noun trigger held by such a verb ("after they
 * held talks") (the cues are in {@code background-cues.tsv}). Background events are dated from their own
 * sentence only and never lend or inherit a place. Reads {@code TRIGGERS}; adds
 * {@code BACKGROUND}.
 */
final class BackgroundReader implements EventPass {

    private final EnumWordLists<BackgroundCue> cues;

    BackgroundReader(EventWords words) {
        this.cues = words.background();
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.TRIGGERS), Set.of(Fact.BACKGROUND));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> Optional.of(d.withBackground(background(article.sentence(d.sentence()).graph(), d.token()))));
    }

    private boolean background(DependencyGraph g, int i) {
        return background(g, i, 0);
    }

    private boolean background(DependencyGraph g, int i, int depth) {
        for (int c : g.children(i)) {
            String rel = g.relation(c);
            if ((rel.equals("amod") && cues.contains(BackgroundCue.PAST_MODIFIER, g.lemma(c)))
                    || (rel.equals("advmod") && cues.contains(BackgroundCue.PAST_ADVERB, g.lemma(c)))
                    || (rel.equals("case") || rel.equals("mark")) && cues.contains(BackgroundCue.PAST_PREPOSITION, g.lemma(c))) {
                return true;
            }
        }
        // past perfect: "had met", "had reached"
        boolean perfect = g.children(i, "aux").stream()
                .anyMatch(c -> cues.contains(BackgroundCue.PERFECT_AUXILIARY, g.lower(c)));
        if (perfect && g.isVerb(i)) {
            return true;
        }
        // "after they held the review", "since they had held talks": the verb holding a noun trigger is past
        int holder = g.governor(i);
        if (depth == 0 && g.isNoun(i) && holder >= 0 && g.isVerb(holder) && g.relation(i).equals("obj")
                && (g.clauseOpenedBy(holder, cues.words(BackgroundCue.PAST_PREPOSITION))
                || g.children(holder, "aux").stream().anyMatch(c -> cues.contains(BackgroundCue.PERFECT_AUXILIARY, g.lower(c))))) {
            return true;
        }
        // "they last met in Hanoi, when they agreed ...": a when-clause of a past event is past too
        int governor = g.governor(i);
        if (depth < 2 && governor >= 0 && (g.baseRelation(i).equals("advcl") || g.baseRelation(i).equals("acl"))
                && g.children(i).stream().anyMatch(c -> cues.contains(BackgroundCue.WHEN_CLAUSE, g.lower(c)))
                && background(g, governor, depth + 1)) {
            return true;
        }
        int node = i;
        for (int step = 0; step < 3; step++) {
            int gov = g.governor(node);
            if (gov < 0 || !g.baseRelation(node).equals("nmod") && !g.baseRelation(node).equals("obl")
                    && !g.relation(node).equals("conj")) {
                return false;
            }
            if (cues.contains(BackgroundCue.RESULT_NOUN, g.lemma(gov))
                    || cues.contains(BackgroundCue.PAST_PREPOSITION, g.caseLemma(gov))) {
                return true;
            }
            node = gov;
        }
        return false;
    }
}

package org.parley.core.extract.commitments;

import java.util.List;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.ArticleAnalysis;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;

/**
 * One body sentence as the {@link CommitmentFrame frames} read it: its parse and the modality of
 * its verbs (from the article's analysis), its parties, the kinds its nouns give, its amounts with
 * the claims frames made, and the titles of its documents. Built per sentence and call, never shared.
 */
final class SentenceFacts {

    final DependencyGraph parse;
    final Parties parties;
    final Modality modality;
    final CommitmentKinds kinds;
    final SentenceAmounts amounts;
    final Titles titles;

    /**
     * @param analysis the article's analysis, whose graph and predicates of the sentence are read
     * @param sentence the sentence's index
     * @param mentions the actor mentions of the sentence, in text order
     * @param amounts  the amounts of the sentence
     */
    SentenceFacts(ArticleAnalysis analysis, int sentence, List<ActorMention> mentions, List<Amount> amounts) {
        this.parse = analysis.graph(sentence);
        this.parties = new Parties(parse, mentions);
        this.modality = new Modality(analysis.predicates(sentence));
        this.kinds = new CommitmentKinds(parse);
        this.amounts = new SentenceAmounts(parse, amounts);
        this.titles = new Titles(parse, this.amounts);
    }

    /** Adds a draft to {@code out} and claims its amount; nothing when it has no party. */
    void draft(List<Draft> out, int trigger, String kind, String title, List<Actor> parties, Amount amount) {
        if (parties.isEmpty()) {
            return;
        }
        if (amount != null) {
            amounts.claim(amount);
        }
        out.add(new Draft(parse.sentence().index(), trigger, kind, title, parties,
                amount == null ? null : amount.money()));
    }
}

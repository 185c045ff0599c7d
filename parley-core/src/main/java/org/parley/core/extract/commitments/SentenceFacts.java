package org.parley.core.extract.commitments;

import java.util.List;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;

/**
 * One body sentence as the {@link CommitmentFrame frames} read it: its parse, its parties, the
 * modality of its verbs, the kinds its nouns give, its amounts with the claims frames made, and
 * the titles of its documents. Built per sentence and call, never shared.
 */
final class SentenceFacts {

    final DependencyGraph parse;
    final Parties parties;
    final Modality modality;
    final CommitmentKinds kinds;
    final SentenceAmounts amounts;
    final Titles titles;

    /**
     * @param mentions the actor mentions of the sentence, in text order
     * @param amounts  the amounts of the sentence
     */
    SentenceFacts(DependencyGraph parse, List<ActorMention> mentions, List<Amount> amounts) {
        this.parse = parse;
        this.parties = new Parties(parse, mentions);
        this.modality = new Modality(parse);
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

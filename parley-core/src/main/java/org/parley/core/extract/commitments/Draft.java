package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Money;

/**
 * A commitment as one sentence states it, before merging and dating.
 *
 * @param sentence its sentence
 * @param trigger  the token of its verb or noun (dates it)
 * @param kind     one of {@link CommitmentExtractor#KINDS}
 * @param title    its title, or null
 * @param parties  at least one
 * @param amount   its amount, or null
 */
record Draft(int sentence, int trigger, String kind, String title, List<Actor> parties, Money amount) {

    Draft {
        parties = List.copyOf(parties);
    }

    /** Same kind, amounts not different, a party in common: two mentions of one commitment. */
    boolean sameCommitment(Draft other) {
        boolean amountsAgree = amount == null || other.amount == null || amount.equals(other.amount);
        return kind.equals(other.kind) && amountsAgree
                && parties.stream().anyMatch(p -> other.parties.stream().anyMatch(q -> q.name().equals(p.name())));
    }

    /** This draft completed by a later mention: its missing amount and title, and its other parties. */
    Draft absorbing(Draft other) {
        List<Actor> all = new ArrayList<>(parties);
        Parties.addAll(all, other.parties);
        return new Draft(sentence, trigger, kind, title == null ? other.title : title, all,
                amount == null ? other.amount : amount);
    }
}

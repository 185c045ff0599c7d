package org.parley.core.coref;

import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * How strongly two event mentions look like one event: the relatedness of their triggers plus the
 * agreement of their arguments ({@link CorefWeights} gives every amount).
 *
 * <ul>
 *   <li>trigger: 1 for the same lemma ({@code lightTrigger} for a light one, {@link LightTriggers}), {@code related} for lemmas sharing a concept of the
 *       {@link SenseInventory} (synonyms, the verb of a nominalisation), else 0; a several-word
 *       mention the inventory knows as a phrase ("opened fire", "Academy Awards") is looked up whole;</li>
 *   <li>participants and places: a bonus when both sentences name a common one, a penalty when both
 *       name some and none is common (names compare by their words, so "Obama" meets "Barack Obama");</li>
 *   <li>quantities and times: a penalty when both state some and none agrees (a date agrees with a
 *       date it contains: {@code 2008-12} and {@code 2008-12-15}); a bonus for an agreeing date;</li>
 *   <li>a penalty for two mentions of one sentence;</li>
 *   <li>a penalty when their documents were published further apart than news of one event
 *       spreads (a story may still hold both: the same kind of event, years apart).</li>
 * </ul>
 *
 * <p>Symmetric: {@code score(a, b) == score(b, a)}. Immutable and thread-safe when the inventory is.
 */
public final class MentionAffinity {

    private final SenseInventory senses;
    private final CorefWeights weights;

    public MentionAffinity(SenseInventory senses, CorefWeights weights) {
        this.senses = Objects.requireNonNull(senses, "senses");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public double score(CorefMention a, CorefMention b) {
        double score = triggers(a.trigger(), b.trigger());
        Arguments x = a.arguments();
        Arguments y = b.arguments();
        score += agreement(Names.anyCommon(x.participants(), y.participants()), x.participants(), y.participants(),
                weights.sharedParticipant(), weights.participantConflict());
        score += agreement(Names.anyCommon(x.places(), y.places()), x.places(), y.places(),
                weights.sharedPlace(), weights.placeConflict());
        score += agreement(!Collections.disjoint(x.quantities(), y.quantities()), x.quantities(), y.quantities(),
                0, weights.quantityConflict());
        score += agreement(datesAgree(x.times(), y.times()), x.times(), y.times(),
                weights.sharedTime(), weights.timeConflict());
        if (a.document().equals(b.document()) && a.sentence() >= 0 && a.sentence() == b.sentence()) {
            score -= weights.sameSentence();
        }
        if (a.published() != null && b.published() != null
                && Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > weights.publishedApartDays()) {
            score -= weights.publishedApart();
        }
        return score;
    }

    /** 1 for one lemma ({@code lightTrigger} for a light one: "say", "it"), {@code related} for a shared concept, else 0. */
    public double triggers(Trigger a, Trigger b) {
        if (a.lemma().equals(b.lemma())) {
            return LightTriggers.bundled().isLight(a) ? weights.lightTrigger() : 1;
        }
        Set<String> left = concepts(a);
        return !left.isEmpty() && !Collections.disjoint(left, concepts(b)) ? weights.related() : 0;
    }

    /** A phrase the inventory knows ("open fire", "academy award") says more than its head alone. */
    private Set<String> concepts(Trigger t) {
        if (t.isPhrase()) {
            Set<String> phrase = senses.concepts(t.phrase(), t.wordClass());
            if (!phrase.isEmpty()) {
                return phrase;
            }
        }
        return senses.concepts(t.lemma(), t.wordClass());
    }

    private static double agreement(boolean common, Set<String> x, Set<String> y, double bonus, double penalty) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return common ? bonus : -penalty;
    }

    private static boolean datesAgree(Set<String> x, Set<String> y) {
        for (String a : x) {
            for (String b : y) {
                if (a.startsWith(b) || b.startsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }
}

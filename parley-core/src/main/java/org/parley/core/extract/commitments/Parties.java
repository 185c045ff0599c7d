package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Actor;

/**
 * The parties of a commitment among the actor mentions of its sentence: the subject of a verb
 * and its conjuncts, joined with the actors written as a run right before the verb ("X and Y
 * signed"; the parser often attaches coordinated organisation names oddly), the actors an
 * argument names, and runs of names from a token on. Lists hold each actor once (by name), in the
 * order found. Stateless; one per sentence.
 */
final class Parties {

    /** Relations of a verb that share their governor's subject: "signed and sealed", "agreed to provide". */
    private static final Set<String> SUBJECT_SHARING = Set.of("conj", "xcomp");
    private static final Set<String> VERB_MODIFIERS = Set.of("aux", "aux:pass", "advmod");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'");
    private static final Set<String> OPENING_BRACKETS = Set.of("(", "-lrb-");
    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "-rrb-");
    /** Tokens between the names of a run written before a verb ("X (XX) and Y's Z"). */
    private static final Set<String> RUN_JOINERS_BEFORE = Set.of("and", ",", "(", "-lrb-", "'s", "’s", "the",
            "as well as");
    /** Tokens between the names of a run read forwards ("the U.S. Mission (USAID) and ..."). */
    private static final Set<String> RUN_JOINERS_AFTER = Set.of("and", "the", "(", ")", "-lrb-", "-rrb-");

    private final DependencyGraph p;
    private final List<ActorMention> mentions;

    /**
     * @param mentions the actor mentions of the sentence, in text order
     */
    Parties(DependencyGraph p, List<ActorMention> mentions) {
        this.p = p;
        this.mentions = List.copyOf(mentions);
    }

    /** The subject of {@code verb} (or of the verb it shares one with), then the run right before it. */
    List<Actor> subjectOf(int verb) {
        List<Actor> out = new ArrayList<>();
        int v = verb;
        // A conjoined or infinitival verb without its own subject shares its governor's.
        while (p.childrenWithSubtypes(v, "nsubj").isEmpty() && p.governor(v) >= 0
                && SUBJECT_SHARING.contains(p.relation(v))) {
            v = p.governor(v);
        }
        for (int s : p.childrenWithSubtypes(v, "nsubj")) {
            if (!p.relation(s).equals("nsubj:pass")) {
                addAll(out, namedBy(s));
            }
        }
        addAll(out, runBefore(verb));
        return out;
    }

    /** The actors an argument names: the mention over its head, for it and each conjunct. */
    List<Actor> namedBy(int head) {
        List<Actor> out = new ArrayList<>();
        for (int h : p.withConjuncts(head)) {
            List<ActorMention> over = covering(h);
            if (!over.isEmpty()) {
                over.forEach(m -> add(out, m.actor()));
                continue;
            }
            TreeSet<Integer> phrase = p.phrase(h);
            for (ActorMention m : mentions) {
                if (phrase.contains(m.beginToken()) && !possessor(m)) {
                    add(out, m.actor());
                }
            }
        }
        return out;
    }

    /** Actors written as a run from token {@code t} on ("the U.S. Mission to Vietnam is ..."). */
    List<Actor> runFrom(int t) {
        List<Actor> out = new ArrayList<>();
        while (t < p.size()) {
            List<ActorMention> over = covering(t);
            if (!over.isEmpty()) {
                over.forEach(m -> add(out, m.actor()));
                t = over.get(0).endToken();
            } else if (RUN_JOINERS_AFTER.contains(p.lower(t)) && out.size() < 8) {
                t++;
            } else {
                break;
            }
        }
        return out;
    }

    /** Adds each of {@code actors} not yet in {@code to} (by name). */
    static void addAll(List<Actor> to, List<Actor> actors) {
        actors.forEach(a -> add(to, a));
    }

    private static void add(List<Actor> to, Actor a) {
        if (to.stream().noneMatch(x -> x.name().equals(a.name()))) {
            to.add(a);
        }
    }

    /** Mentions over token {@code t}; the longest span when several differ (a group counts once per actor). */
    private List<ActorMention> covering(int t) {
        List<ActorMention> over = mentions.stream().filter(m -> m.beginToken() <= t && t < m.endToken()).toList();
        int longest = over.stream().mapToInt(m -> m.endToken() - m.beginToken()).max().orElse(0);
        return over.stream().filter(m -> m.endToken() - m.beginToken() == longest).toList();
    }

    /** "Vietnam" in "Vietnam's Ministry of ...": modifies the next name, is not a party itself. */
    private boolean possessor(ActorMention m) {
        return m.endToken() < p.size() && POSSESSIVE_MARKS.contains(p.lower(m.endToken()));
    }

    /** Actors written as a coordinated run right before {@code verb} ("X (XX) and Y's Z has signed"). */
    private List<Actor> runBefore(int verb) {
        int t = verb - 1;
        while (t >= 0 && (VERB_MODIFIERS.contains(p.relation(t)) && t != verb)) {
            t--;
        }
        List<ActorMention> found = new ArrayList<>();
        while (t >= 0) {
            List<ActorMention> over = covering(t);
            if (!over.isEmpty()) {
                int begin = over.get(0).beginToken();
                if (!possessor(over.get(0))) {
                    found.addAll(0, over);
                }
                t = begin - 1;
            } else if (CLOSING_BRACKETS.contains(p.lower(t))) {
                // A bracketed alias ("(USAID)") belongs to the name before it: skip to its "(".
                int open = t - 1;
                while (open >= 0 && !OPENING_BRACKETS.contains(p.lower(open)) && t - open < 6) {
                    open--;
                }
                t = open >= 0 && OPENING_BRACKETS.contains(p.lower(open)) ? open - 1 : t - 1;
            } else if (RUN_JOINERS_BEFORE.contains(p.lower(t))) {
                t--;
            } else {
                break;
            }
        }
        List<Actor> out = new ArrayList<>();
        found.forEach(m -> add(out, m.actor()));
        return out;
    }
}

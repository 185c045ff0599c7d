package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.analysis.DependencyGraph;

/**
 * Where a verb's source and target stand in a dependency parse (Universal Dependencies), when no
 * pattern slot says: the source is the subject (for a passive, the phrase after "by", else "from"
 * or "in", as in PETRARCH), taken from the governing verb for an infinitive or a second conjunct
 * without its own subject; the passive subject is acted upon ({@link VerbTargets} finds the rest);
 * and the words after a verb, in its own subtree, where patterns are matched.
 *
 * <p>Stateless; thread-safe.
 */
final class EventSides {

    /** Clauses with their own participants: not searched for the verb's target. */
    private static final Set<String> OWN_CLAUSES = Set.of("advcl", "parataxis", "acl:relcl", "acl", "csubj");
    /** Relations by which a verb shares its governor's subject. */
    private static final Set<String> SHARED_SUBJECT = Set.of("xcomp", "conj", "dep");
    /** Relations inside a noun phrase, climbed to find its head from a word naming an actor. */
    private static final Set<String> INSIDE_PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod");

    /** Prepositions that may introduce the source of a passive when no "by" phrase does. */
    private static final Set<String> PASSIVE_SOURCE_PREPOSITIONS = Set.of("from", "in");

    private EventSides() {
    }

    /** The subject's head of {@code verb}, or -1. */
    static int subject(DependencyGraph g, int verb) {
        int v = verb;
        for (int step = 0; step < 4 && v >= 0; step++) {
            for (int c : g.children(v)) {
                String r = g.relation(c);
                if (r.equals("nsubj") || r.equals("csubj")) {
                    return c;
                }
                if (r.equals("obl:agent")) {
                    return c;
                }
            }
            if (!g.childrenWithSubtypes(v, "nsubj:pass").isEmpty()) {
                return passiveSource(g, v);
            }
            v = SHARED_SUBJECT.contains(g.relation(v)) ? g.governor(v) : -1;
        }
        return -1;
    }

    /**
     * The source of a passive verb as PETRARCH finds it: the phrase introduced by "by", else by
     * "from" or "in" ("was shot dead in Gondor": GON), or -1.
     */
    private static int passiveSource(DependencyGraph g, int verb) {
        int other = -1;
        for (int c : g.children(verb)) {
            String preposition = g.baseRelation(c).equals("obl") ? g.caseWord(c) : "";
            if (preposition.equals("by")) {
                return c;
            }
            if (other < 0 && PASSIVE_SOURCE_PREPOSITIONS.contains(preposition)) {
                other = c;
            }
        }
        return other;
    }

    /** The subject (active or passive) {@code verb} has itself, or -1. */
    static int ownSubject(DependencyGraph g, int verb) {
        for (int c : g.children(verb)) {
            if (g.baseRelation(c).equals("nsubj") || g.baseRelation(c).equals("csubj")) {
                return c;
            }
        }
        return -1;
    }

    /** The passive subject of {@code verb}, or -1: the one acted upon. */
    static int passiveSubject(DependencyGraph g, int verb) {
        List<Integer> pass = g.children(verb, "nsubj:pass");
        return pass.isEmpty() ? -1 : pass.get(0);
    }

    /** The words after {@code verb} in its own subtree, in order, leaving out clauses with participants of their own. */
    static List<Integer> after(DependencyGraph g, int verb) {
        TreeSet<Integer> out = new TreeSet<>();
        collect(g, verb, verb, out);
        return out.stream().filter(i -> i > verb).toList();
    }

    private static void collect(DependencyGraph g, int node, int verb, Set<Integer> out) {
        out.add(node);
        for (int c : g.children(node)) {
            String r = g.relation(c);
            if (node == verb && (r.startsWith("nsubj") || r.equals("obl:agent"))) {
                continue;
            }
            if (!OWN_CLAUSES.contains(r)) {
                collect(g, c, verb, out);
            }
        }
    }

    /** The words before {@code verb}, nearest first. */
    static List<Integer> before(int verb) {
        List<Integer> out = new ArrayList<>();
        for (int i = verb - 1; i >= 0; i--) {
            out.add(i);
        }
        return out;
    }

    /** The head of the noun phrase containing word {@code i}. */
    static int phraseHead(DependencyGraph g, int i) {
        int h = i;
        while (INSIDE_PHRASE.contains(g.relation(h)) && g.governor(h) >= 0 && !g.isVerb(g.governor(h))) {
            h = g.governor(h);
        }
        return h;
    }
}

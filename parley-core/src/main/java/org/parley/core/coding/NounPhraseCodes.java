package org.parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;

/**
 * Codes the noun phrase headed by a word of a dependency parse, as PETRARCH codes a noun-phrase
 * node: actors and agents named by the phrase's own words ({@link ActorPhraseCoder}); for what
 * they lack, the phrases nested in it, by preference a possessive or apposition ("Gondor's
 * minister"), then a prepositional modifier ("the ambassadors of Arnor"), then the actor of a
 * participle ("memos sent by Bree"). Coordinated phrases each give their codes, and a conjunct
 * naming no actor of its own takes those of the first ("Danish media and government" → DNKMED,
 * DNKGOV; "lawmakers and officials in A" → ALEG, AGOV); conjuncts naming agents only are coded
 * one by one on the unknown actor ("clerics and lawmakers" → ---REL, ---LEG).
 *
 * <p>Thread-safe.
 */
final class NounPhraseCodes {

    /** Relations of the words that belong to a phrase itself rather than to a phrase nested in it. */
    private static final Set<String> NOT_OWN = Set.of("nmod", "conj", "cc", "punct", "appos", "acl", "dep",
            "parataxis", "advcl", "ccomp", "csubj");
    /** Relations of participles and relative clauses that may name an actor of the phrase. */
    private static final Set<String> CLAUSE_ACTOR = Set.of("obl:agent", "obl", "obj");

    private final ActorPhraseCoder words;

    NounPhraseCodes(ActorPhraseCoder words) {
        this.words = words;
    }

    /** The codes of the phrase headed by {@code head} and its conjuncts ("A and B"), in order, without repeats. */
    List<String> codes(SentenceWords sentence, int head, LocalDate date) {
        return codesOf(sentence, head, date).codes();
    }

    /** The actors and agents of the phrase headed by {@code head} with its conjuncts. */
    NounCodes codesOf(SentenceWords sentence, int head, LocalDate date) {
        List<Integer> conjuncts = sentence.graph().withConjuncts(head);
        NounCodes first = alone(sentence, head, date);
        List<NounCodes> each = new ArrayList<>(List.of(first));
        for (int c : conjuncts.subList(1, conjuncts.size())) {
            NounCodes own = alone(sentence, c, date);
            if (!own.hasActor() && first.hasActor()) {
                own = new NounCodes(first.actors(), own.agents().isEmpty() ? first.agents() : own.agents());
            }
            each.add(own);
        }
        if (each.stream().noneMatch(NounCodes::hasActor)) {
            // agents coordinated without an actor are separate actors on '---', as PETRARCH codes conjuncts
            return each.stream().filter(n -> !n.isEmpty()).count() > 1
                    ? new NounCodes(each.stream().flatMap(n -> n.codes().stream()).distinct().toList(), List.of())
                    : each.stream().reduce(NounCodes.NONE, NounCodes::plus);
        }
        return new NounCodes(each.stream().filter(NounCodes::hasActor).flatMap(n -> n.codes().stream()).distinct()
                .toList(), List.of());
    }

    /**
     * One conjunct: its own words first, then its nested phrases in PETRARCH's order of preference.
     * A prepositional modifier naming no actor is read as part of the phrase's words ("the Ministry
     * of Silly Walks", "the Prince of Dol Amroth" may be one dictionary name).
     */
    private NounCodes alone(SentenceWords sentence, int head, LocalDate date) {
        DependencyGraph g = sentence.graph();
        List<Integer> own = ownWords(g, head);
        NounCodes nested = NounCodes.NONE;
        NounCodes prepositional = NounCodes.NONE;
        NounCodes clausal = NounCodes.NONE;
        for (int c : g.children(head)) {
            String r = g.relation(c);
            if (r.equals("nmod:poss") || r.equals("appos")) {
                nested = nested.plus(codesOf(sentence, c, date).asPart());
            } else if (g.baseRelation(c).equals("nmod")) {
                NounCodes codes = codesOf(sentence, c, date).asPart();
                if (codes.hasActor()) {
                    prepositional = prepositional.plus(codes);
                } else {
                    own.addAll(g.phrase(c));
                }
            } else if (g.baseRelation(c).equals("acl")) {
                clausal = clausal.plus(clauseActor(sentence, c, date));
            }
        }
        own.sort(null);
        return NounCodes.firstOf(List.of(words.scan(sentence, own, date), nested, prepositional, clausal));
    }

    /** The first phrase naming an actor among the agent, obliques and object of a participle or relative clause. */
    private NounCodes clauseActor(SentenceWords sentence, int verb, LocalDate date) {
        DependencyGraph g = sentence.graph();
        for (int c : g.children(verb)) {
            if (CLAUSE_ACTOR.contains(g.relation(c)) && sentence.isNounLike(c)) {
                NounCodes codes = codesOf(sentence, c, date).asPart();
                if (codes.hasActor()) {
                    return codes;
                }
            }
        }
        return NounCodes.NONE;
    }

    /** The head and the words of its own phrase: compounds, adjectives, determiners, not nested phrases. */
    private static List<Integer> ownWords(DependencyGraph g, int head) {
        List<Integer> out = new ArrayList<>();
        collect(g, head, head, out);
        return out;
    }

    private static void collect(DependencyGraph g, int node, int head, List<Integer> out) {
        out.add(node);
        for (int c : g.children(node)) {
            String r = g.relation(c);
            if (!NOT_OWN.contains(g.baseRelation(c)) && !r.equals("nmod:poss") && !r.startsWith("acl")) {
                collect(g, c, head, out);
            }
        }
    }
}

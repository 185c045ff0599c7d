package org.parley.core.coding;

import java.time.LocalDate;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;

/**
 * Finds whom a verb acts on when no pattern slot says, as PETRARCH reads the phrases below a verb
 * phrase: the passive subject; else the actors of its objects; else of the first prepositional
 * phrase naming one, qualified by the objects' agents ("met the envoy in Gondor" → GON with
 * ~GOV); else an agent alone; else what a complement clause offers: the target of one without
 * a subject of its own ("signed an accord to supply Gondor" → GON), the subject of one that is no
 * event itself ("believes Gondor can cope" → GON).
 *
 * <p>Thread-safe.
 */
final class VerbTargets {

    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    /** Obliques that name no participant: time and measure phrases, and the passive's agent (a source). */
    private static final Set<String> NOT_TARGETS = Set.of("obl:agent", "obl:tmod", "obl:npmod");
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "advcl", "ccomp");

    private final NounPhraseCodes nouns;
    private final VerbDictionary verbs;

    VerbTargets(NounPhraseCodes nouns, VerbDictionary verbs) {
        this.nouns = nouns;
        this.verbs = verbs;
    }

    /** The target's codes, empty when the verb acts on nobody the dictionaries know. */
    NounCodes of(SentenceWords sentence, int verb, LocalDate date) {
        DependencyGraph g = sentence.graph();
        int passive = EventSides.passiveSubject(g, verb);
        if (passive >= 0) {
            return nouns.codesOf(sentence, passive, date);
        }
        NounCodes objects = NounCodes.NONE;
        NounCodes agentOnly = NounCodes.NONE;
        for (int c : g.children(verb)) {
            if (OBJECTS.contains(g.relation(c))) {
                objects = objects.plus(nouns.codesOf(sentence, c, date).asPart());
            }
        }
        if (objects.hasActor()) {
            return objects;
        }
        for (int c : g.children(verb)) {
            if (g.baseRelation(c).equals("obl") && !NOT_TARGETS.contains(g.relation(c))) {
                NounCodes codes = nouns.codesOf(sentence, c, date).asPart();
                if (codes.hasActor()) {
                    return new NounCodes(codes.actors(), objects.agents());
                }
                agentOnly = agentOnly.isEmpty() ? codes : agentOnly;
            }
        }
        if (!objects.isEmpty()) {
            return objects;
        }
        for (int c : g.children(verb)) {
            // a clause before the verb ("A left, an official said") is no part of its verb phrase
            if (COMPLEMENTS.contains(g.relation(c)) && c > verb) {
                NounCodes lower = complementTarget(sentence, c, date);
                if (lower.hasActor()) {
                    return lower;
                }
            }
        }
        return agentOnly;
    }

    /**
     * What a complement clause offers as the target of the verb governing it: the target of a clause
     * without a subject of its own; for a clause that is no event itself ("believes A can cope"),
     * its subject, else its target (a copular clause, "that Gondor is no friend", is no event); nothing
     * from a clause coded as an event of its own.
     */
    private NounCodes complementTarget(SentenceWords sentence, int clause, LocalDate date) {
        int subject = EventSides.ownSubject(sentence.graph(), clause);
        if (subject < 0) {
            return of(sentence, clause, date);
        }
        if (VerbLookup.find(verbs, sentence, clause).map(v -> v.code().isEvent()).orElse(false)) {
            return NounCodes.NONE;
        }
        NounCodes codes = nouns.codesOf(sentence, subject, date);
        return codes.hasActor() ? codes : of(sentence, clause, date);
    }
}

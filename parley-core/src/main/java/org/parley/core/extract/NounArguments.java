package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventDraft.Arguments;
import org.parley.core.extract.EventWords.PrepositionRole;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.model.Actor;
import org.parley.model.Location;

/**
 * The arguments of a noun trigger: its owner, by- or between-phrase as source ("Blinken's visit",
 * "talks between A and B"), its with/to/for/on/against phrase as target (read as an object for a
 * one-way act: "riots against Israeli policies"), for a request the subject of the clause it
 * states ("its demand that Israel ease ..."), else the target phrases of its of-complement ("a
 * suspension of air links with Serbia") or, its actor being named, the actors of that complement
 * ("its invasion of Lebanon"); when it names no source, the subject of the light
 * verb carrying it ("Son holds phone talks with Blinken") or of the clause around it ("discussed ...
 * during their talks"), else the nationality qualifying a one-way act ("Palestinian riots"). For a visit, the place visited. Immutable
 * and thread-safe.
 */
final class NounArguments {

    private final TriggerLexicon lexicon;
    private final PlaceFinder places;
    private final ArgumentActors actors;
    private final EnumWordLists<PrepositionRole> prepositions;
    private final EnumWordLists<SideRule> sides;

    NounArguments(TriggerLexicon lexicon, PlaceFinder places, ArgumentActors actors, EventWords words) {
        this.lexicon = lexicon;
        this.places = places;
        this.actors = actors;
        this.prepositions = words.prepositions();
        this.sides = words.sides();
    }

    Arguments of(ArticleSentence s, int trigger, TriggerRule rule) {
        DependencyGraph g = s.graph();
        // "launched a mediation effort between ...", "held a round of talks": the light noun stands in the clause
        int n = lexicon.carrierOf(g, trigger);
        List<Integer> heads = new ArrayList<>();
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        Location place = null;
        boolean possessorUnresolved = false;
        boolean visit = rule.pattern() == TriggerRule.Pattern.VISIT;
        for (int c : g.children(n)) {
            String rel = g.relation(c);
            String prep = g.caseLemma(c);
            boolean nmod = g.baseRelation(c).equals("nmod");
            if (rel.equals("nmod:poss")) {
                List<Actor> owners = s.actorsAt(c);
                possessorUnresolved = owners.isEmpty();
                source.addAll(owners);
                heads.add(c);
            } else if (nmod && prep.equals("between") && rule.pattern() != TriggerRule.Pattern.SYMMETRIC
                    && sides.contains(SideRule.BETWEEN_TARGETS, rule.type())) {
                // "mediation between Syria and the PLO": the parties are whom the mediator acts on
                target.addAll(s.actorsAt(c));
                heads.add(c);
            } else if (nmod && (prep.equals("by") || (prep.equals("of") && visit) || prep.equals("between"))) {
                source.addAll(s.actorsAt(c));
                heads.add(c);
            } else if (visit && nmod && prep.equals("to") && place == null) {
                PlaceFinder.Visited visited = places.visited(s, c);
                if (visited != null) {
                    place = visited.location();
                    target.add(visited.country());
                    heads.add(c);
                }
            } else if (nmod && (prepositions.contains(PrepositionRole.TARGET, prep) || topic(prep, rule))
                    && !places.isPlace(g, c)) {
                // "protests against Israeli policies", "an investigation into crimes committed by Croat forces"
                target.addAll(actors.ofTargetPhrase(s, c, rule));
                heads.add(c);
            }
        }
        if (rule.type().equals("REQUEST") && target.isEmpty()) {
            askedOfTheClause(s, n, heads, target);
        }
        if (target.isEmpty() && !visit && rule.pattern() != TriggerRule.Pattern.SYMMETRIC) {
            targetsOfTheObject(s, n, heads, target);
        }
        boolean namesItsActor = !source.isEmpty(); // "Iran's blockade", "the blockade by Iran"
        int gov = g.governor(n);
        boolean carried = gov >= 0 && lexicon.carries(g, gov, rule);
        if (carried) {
            heads.add(gov);
        }
        if (gov >= 0 && source.isEmpty()) {
            fromTheClause(s, n, gov, rule, possessorUnresolved, source, target, heads);
        }
        if (target.isEmpty() && !source.isEmpty() && (namesItsActor || carried) && !visit
                && rule.pattern() != TriggerRule.Pattern.SYMMETRIC) {
            actedOn(s, n, source, heads, target);
        }
        if (source.isEmpty() && rule.pattern() != TriggerRule.Pattern.SYMMETRIC && !visit && clauseArgument(g, n)) {
            // "Palestinian riots continue", "condemned Israeli air raids": the nationality of a
            // one-way act is its actor (not of a joint act or a visit: "the Vietnam-US talks", "the
            // Chinese visit"), when the act is what a clause is about, not a noun's modifier ("30
            // years of the lifting of the US embargo" recalls an old act)
            source.addAll(s.demonymOf(n));
        }
        return new Arguments(source, target, heads, place);
    }

    /**
     * "reiterated its demand that Israel ease restrictions": the subject of the clause a request
     * noun states is whom it asks, as for the verb ("demanded that Israel ease ...").
     */
    private static void askedOfTheClause(ArticleSentence s, int n, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int clause : g.children(n, "ccomp")) {
            for (int subject : g.children(clause, "nsubj")) {
                List<Actor> asked = s.actorsAt(subject);
                target.addAll(asked.isEmpty() ? s.demonymOf(subject) : asked);
                heads.add(subject);
            }
        }
    }

    /**
     * "a suspension of air links with Serbia", "the lifting of sanctions against Iraq": the
     * with/to/for/on/against phrases of a one-way act's of-complement (its object) that names no
     * actor itself; an of-complement that does is left alone (it may be the actor: "the protest of
     * the workers").
     */
    private void targetsOfTheObject(ArticleSentence s, int n, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int object : g.children(n, "nmod")) {
            if (!g.caseLemma(object).equals("of") || !s.actorsAt(object).isEmpty() || places.isPlace(g, object)) {
                continue;
            }
            for (int c : g.children(object, "nmod")) {
                if (prepositions.contains(PrepositionRole.TARGET, g.caseLemma(c)) && !places.isPlace(g, c)) {
                    target.addAll(s.actorsAt(c));
                    heads.add(c);
                }
            }
        }
    }

    /**
     * "Israel mounted its invasion of Lebanon", "the army's blockade of Gaza": once the actor of a
     * one-way act is named otherwise (owner, by-phrase, the light verb carrying it), the actors its
     * of-complement names are what it is done to. Not when the actor is only the subject of a verb
     * the noun is the object of ("Lebanon demanded the withdrawal of Syrian troops": the troops withdraw)
     * or of the clause around it ("... for its support of X, the White House said").
     */
    private static void actedOn(ArticleSentence s, int n, List<Actor> source, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int c : g.children(n, "nmod")) {
            if (g.caseLemma(c).equals("of")) {
                List<Actor> named = s.actorsAt(c).stream().filter(a -> !source.contains(a)).toList();
                if (!named.isEmpty()) {
                    target.addAll(named);
                    heads.add(c);
                }
            }
        }
    }

    /** Whether the preposition opens the topic of an act aimed at whoever its topic names ({@code topic_author}). */
    private boolean topic(String prep, TriggerRule rule) {
        return prepositions.contains(PrepositionRole.TOPIC, prep) && sides.contains(SideRule.TOPIC_AUTHOR, rule.type());
    }

    /** Whether the noun is the root, subject or object of a clause. */
    private static boolean clauseArgument(DependencyGraph g, int n) {
        String rel = g.baseRelation(n);
        return g.governor(n) < 0 || rel.equals("nsubj") || rel.equals("obj") || rel.equals("root");
    }

    /** The participants of a noun trigger that names none, from the clause it is part of. */
    private void fromTheClause(ArticleSentence s, int n, int gov, TriggerRule rule, boolean possessorUnresolved,
                               List<Actor> source, List<Actor> target, List<Integer> heads) {
        DependencyGraph g = s.graph();
        String rel = g.relation(n);
        if (lexicon.carries(g, gov, rule) && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
            // "Son holds phone talks with Blinken", "a meeting between A and B was held",
            // "thousands of students staged demonstrations"
            int subject = ArgumentActors.subjectOf(g, gov);
            if (subject >= 0) {
                source.addAll(actors.ofSubject(s, subject));
                heads.add(subject);
            }
            for (int c : g.children(gov)) {
                if (g.baseRelation(c).equals("obl") && prepositions.contains(PrepositionRole.TARGET, g.caseLemma(c))
                        && !places.isPlace(g, c)) {
                    target.addAll(actors.ofTargetPhrase(s, c, rule));
                    heads.add(c);
                }
            }
            heads.add(gov);
        } else if (g.isVerb(gov) && (g.baseRelation(n).equals("obl") || possessorUnresolved)) {
            // "discussed ... during their talks", "said at a reception for Blinken":
            // the participants are the subject of the clause, else of the main clause.
            int subject = ArgumentActors.subjectOf(g, gov);
            if (subject >= 0) {
                source.addAll(actors.ofSubject(s, subject));
                heads.add(subject);
            }
            int root = g.root();
            if (source.isEmpty() && root >= 0 && root != gov && g.isVerb(root)) {
                int mainSubject = ArgumentActors.subjectOf(g, root);
                if (mainSubject >= 0) {
                    source.addAll(s.actorsAt(mainSubject));
                    heads.add(mainSubject);
                }
            }
        } else if (g.isVerb(gov) && rel.equals("obj") && !rule.type().equals("CONSULT")) {
            // "highlighted his country's support for Vietnam": the speaker's side
            int subject = ArgumentActors.subjectOf(g, gov);
            if (subject >= 0) {
                source.addAll(s.actorsAt(subject));
                heads.add(subject);
            }
        }
    }
}

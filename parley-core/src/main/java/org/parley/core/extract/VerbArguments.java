package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.extract.EventDraft.Arguments;
import org.parley.model.Actor;
import org.parley.model.Location;

/**
 * The arguments of a verb trigger: the subject (or passive agent) as source; the object,
 * with/to/for/on/against phrases, the passive subject, the subject of a requested clause, or what
 * the governed act names as target; for a visit, the place visited. Immutable and thread-safe.
 */
final class VerbArguments {

    /** Prepositions of a phrase naming the other side ("met with Son", "a protest against ..."). */
    static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "to", "for", "on", "against");
    /** Prepositions of the place a visit goes to as an oblique phrase ("travelled to Hanoi"). */
    private static final Set<String> VISIT_PREPOSITIONS = Set.of("to", "in");
    /** Subordinators of the condition of a threat ("unless Baghdad accepted", "if the US goes ahead"). */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    private final PlaceFinder places;
    private final ArgumentActors actors;

    VerbArguments(PlaceFinder places, ArgumentActors actors) {
        this.places = places;
        this.actors = actors;
    }

    Arguments of(ArticleSentence s, int v, TriggerRule rule) {
        SentenceGraph g = s.graph();
        List<Integer> heads = new ArrayList<>();
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        for (int agent : g.children(v, "obl:agent")) {
            heads.add(agent);
            source.addAll(actors.ofSubject(s, agent)); // "by Burundian militiamen armed with machetes"
        }
        for (int patient : g.children(v, "nsubj:pass")) {
            heads.add(patient);
            target.addAll(s.actorsAt(patient));
        }
        if (source.isEmpty()) {
            int subject = ArgumentActors.subjectOf(g, v);
            if (subject >= 0) {
                heads.add(subject);
                source.addAll(actors.ofSubject(s, subject));
            }
        }
        if (rule.pattern() == TriggerRule.Pattern.VISIT) {
            return visit(s, v, source, target, heads);
        }
        for (int c : g.children(v)) {
            String rel = g.relation(c);
            if (rel.equals("obj") || rel.equals("iobj")) {
                heads.add(c);
                // a joint act's object is its partner ("met Son") or its topic ("co-chaired the
                // Vietnam-US Dialogue"), whose modifiers are not parties
                target.addAll(rule.pattern() == TriggerRule.Pattern.SYMMETRIC ? s.actorsAt(c) : actors.ofObject(s, c));
            } else if (partnerPhrase(g, c)) {
                heads.add(c);
                target.addAll(s.actorsAt(c));
            }
        }
        boolean alone = source.size() == 1 && rule.pattern() == TriggerRule.Pattern.SYMMETRIC;
        if (target.isEmpty() && (rule.pattern() != TriggerRule.Pattern.SYMMETRIC || alone)) {
            // "refused to lift the curfew on Palestinians", "threatened to attack Iraq": the
            // act the trigger governs names the target
            for (int clause : g.children(v, "xcomp")) {
                for (int c : g.children(clause)) {
                    if (g.relation(c).equals("obj")) {
                        heads.add(c);
                        target.addAll(actors.ofObject(s, c));
                    } else if (partnerPhrase(g, c)) {
                        heads.add(c);
                        target.addAll(s.actorsAt(c));
                    }
                }
            }
        }
        if (target.isEmpty() && rule.type().equals("THREATEN")) {
            threatTargets(s, v, heads, target);
        }
        if (rule.pattern() == TriggerRule.Pattern.REQUEST) {
            for (int clause : g.children(v, "ccomp", "xcomp")) {
                for (int subject : g.children(clause, "nsubj")) {
                    heads.add(subject);
                    List<Actor> asked = s.actorsAt(subject);
                    target.addAll(asked.isEmpty() ? s.demonymOf(subject) : asked);
                }
            }
        }
        return new Arguments(source, target, heads, null);
    }

    /** An oblique with/to/for/on/against phrase that is not a place: the other side. */
    private boolean partnerPhrase(SentenceGraph g, int c) {
        return g.baseRelation(c).equals("obl") && TARGET_PREPOSITIONS.contains(g.caseOf(c)) && !places.isPlace(g, c);
    }

    /** A visit's target is the country of the first place visited, which is also where it happens. */
    private Arguments visit(ArticleSentence s, int v, List<Actor> source, List<Actor> target, List<Integer> heads) {
        SentenceGraph g = s.graph();
        Location place = null;
        for (int c : g.children(v)) {
            String rel = g.relation(c);
            boolean placeArgument = rel.equals("obj") || (g.baseRelation(c).equals("obl")
                    && VISIT_PREPOSITIONS.contains(g.caseOf(c)));
            if (placeArgument && place == null) {
                PlaceFinder.Visited visited = places.visited(s, c);
                if (visited != null) {
                    place = visited.location();
                    target.add(visited.country());
                    heads.add(c);
                }
            }
        }
        return new Arguments(source, target, heads, place);
    }

    /**
     * Whom a threat is aimed at, when its act names no target directly: the side whose conduct
     * is its condition ("unless Baghdad accepted", "if the United States goes ahead"), the
     * partner of the act's object ("to break off relations with Congo"), or the country where
     * the threatened act would happen ("to resume attacks in Israel").
     */
    private void threatTargets(ArticleSentence s, int v, List<Integer> heads, List<Actor> target) {
        SentenceGraph g = s.graph();
        List<Integer> acts = new ArrayList<>(List.of(v));
        for (int k = 0; k < acts.size() && acts.size() < 4; k++) {
            acts.addAll(g.children(acts.get(k), "xcomp")); // "threatened to stop talks to reduce ..."
        }
        for (int act : acts) {
            for (int condition : g.children(act, "advcl")) {
                boolean conditional = g.children(condition, "mark").stream()
                        .anyMatch(m -> CONDITIONS.contains(g.lemma(m).toLowerCase(Locale.ROOT)));
                if (conditional) {
                    for (int subject : g.children(condition, "nsubj")) {
                        heads.add(subject);
                        target.addAll(s.actorsAt(subject));
                    }
                }
            }
        }
        if (!target.isEmpty()) {
            return;
        }
        for (int act : acts.subList(1, acts.size())) {
            for (int object : g.children(act, "obj")) {
                for (int c : g.children(object, "nmod")) {
                    if (TARGET_PREPOSITIONS.contains(g.caseOf(c)) && !places.isPlace(g, c)) {
                        heads.add(c);
                        target.addAll(s.actorsAt(c));
                    } else if (PlaceFinder.PLACE_PREPOSITIONS.contains(g.caseOf(c)) && target.isEmpty()) {
                        PlaceFinder.Visited place = places.visited(s, c); // "to resume attacks in Israel"
                        if (place != null) {
                            target.add(place.country());
                        }
                    }
                }
            }
            for (int c : places.placeArguments(g, act)) {
                PlaceFinder.Visited place = places.visited(s, c);
                if (place != null && target.isEmpty()) {
                    target.add(place.country());
                }
            }
        }
    }
}

package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventDraft.Arguments;
import org.parley.core.extract.EventWords.ModalityCue;
import org.parley.core.extract.EventWords.PrepositionRole;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.model.Actor;
import org.parley.model.Location;
import org.parley.model.PartOfSpeech;

/**
 * The arguments of a verb trigger: the subject (or passive agent) as source; the object,
 * with/to/for/on/against phrases, the from-phrase of a seizure, what an act breaks into, the topic
 * of an accusation, the passive subject, the subject of a requested clause, an object the parser
 * made a clause's subject or hung on a predicative as-phrase, or what the governed act names as
 * target (not the actor's own means: "withdraw its troops"); for a visit, the place visited.
 * Immutable and thread-safe.
 */
final class VerbArguments {

    private final PlaceFinder places;
    private final ArgumentActors actors;
    private final EnumWordLists<PrepositionRole> prepositions;
    private final EnumWordLists<ModalityCue> cues;
    private final EnumWordLists<SideRule> sides;

    VerbArguments(PlaceFinder places, ArgumentActors actors, EventWords words) {
        this.places = places;
        this.actors = actors;
        this.prepositions = words.prepositions();
        this.cues = words.modality();
        this.sides = words.sides();
    }

    Arguments of(ArticleSentence s, int v, TriggerRule rule) {
        DependencyGraph g = s.graph();
        List<Integer> heads = new ArrayList<>();
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        for (int agent : agents(g, v, rule)) {
            heads.add(agent);
            source.addAll(actors.ofSubject(s, agent)); // "by Burundian militiamen armed with machetes"
        }
        boolean stative = stativePassive(g, v);
        for (int patient : g.children(v, "nsubj:pass")) {
            heads.add(patient);
            if (stative) {
                // "Israel is opposed to the plan", "Vietnam is committed to reform": a stance, whose
                // grammatical subject holds it, not the passive of an act done to that subject
                source.addAll(actors.ofSubject(s, patient));
                continue;
            }
            // "Montenegro's prime minister was indicted": a passive subject that names no actor
            // names its owner or nationality
            List<Actor> named = s.actorsAt(patient);
            target.addAll(named.isEmpty() && rule.pattern() != TriggerRule.Pattern.SYMMETRIC
                    ? actors.holderOf(s, patient) : named);
        }
        if (source.isEmpty()) {
            int subject = ArgumentActors.subjectOf(g, v);
            if (subject >= 0) {
                heads.add(subject);
                source.addAll(actors.ofSubject(s, subject));
            }
            if (source.isEmpty() && subject >= 0) {
                issuer(s, v, subject, heads, source);
            }
        }
        if (rule.pattern() == TriggerRule.Pattern.VISIT) {
            return visit(s, v, source, target, heads);
        }
        for (int c : g.children(v)) {
            String rel = g.relation(c);
            if (rel.equals("obj") || rel.equals("iobj")) {
                heads.add(c);
                if (ownMeans(s, c, rule)) {
                    continue; // "withdraw its troops from Lebanon": the troops are the actor's, the place is the target
                }
                // a joint act's object is its partner ("met Son") or its topic ("co-chaired the
                // Vietnam-US Dialogue"), whose modifiers are not parties
                target.addAll(rule.pattern() == TriggerRule.Pattern.SYMMETRIC ? s.actorsAt(c) : actors.ofObject(s, c));
            } else if (partnerPhrase(g, c) || takenFrom(g, v, c, rule) || topicPhrase(g, c, rule)) {
                heads.add(c);
                target.addAll(actors.ofTargetPhrase(s, c, rule));
            } else if (brokenInto(g, c, rule)) {
                heads.add(c);
                target.addAll(actors.ofObject(s, c)); // "tried to hack into the computers of Iranian officers"
            }
        }
        if (target.isEmpty() && g.children(v, "obj").isEmpty() && rule.pattern() != TriggerRule.Pattern.SYMMETRIC) {
            objectAfterPredicative(s, v, heads, target);
        }
        if (target.isEmpty() && rule.pattern() == TriggerRule.Pattern.DIRECTED && g.children(v, "obj").isEmpty()) {
            objectParsedAsClauseSubject(s, v, heads, target);
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
                        target.addAll(actors.ofTargetPhrase(s, c, rule));
                    }
                }
            }
        }
        if (target.isEmpty() && rule.type().equals("AGREE")) {
            promisedPartners(s, v, rule, heads, target);
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

    /**
     * The issuer of a statement whose participle states the act ("the party issued a declaration
     * demanding that ..."): the statement names no actor, it is the object of an
     * {@code issues_statement} verb of side-rules.tsv, and that verb's subject is the source.
     */
    private void issuer(ArticleSentence s, int v, int statement, List<Integer> heads, List<Actor> source) {
        DependencyGraph g = s.graph();
        int carrier = g.governor(statement);
        if (statement != g.governor(v) || !g.relation(v).equals("acl") || carrier < 0
                || !g.relation(statement).equals("obj") || !sides.contains(SideRule.ISSUES_STATEMENT, g.lemma(carrier))) {
            return;
        }
        int subject = ArgumentActors.subjectOf(g, carrier);
        if (subject >= 0) {
            heads.add(subject);
            source.addAll(actors.ofSubject(s, subject));
        }
    }

    /**
     * The partner of a promise or agreement named inside the act promised, when the trigger names
     * none: a with/to/for/on/against phrase of the act's object ("commits to enhancing cooperation
     * with Vietnam", "agreed to hold talks with Iran") or of the act ("agreed to re-open its
     * borders to UN peacekeepers"), the act being the trigger's "to" clause or gerund.
     */
    private void promisedPartners(ArticleSentence s, int v, TriggerRule rule, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int act : g.children(v)) {
            boolean promised = g.relation(act).equals("xcomp") || g.isVerb(act)
                    && Set.of("advcl", "obl").contains(g.baseRelation(act)) && (g.caseLemma(act).equals("to")
                            || g.children(act, "mark").stream().anyMatch(m -> g.lemma(m).equals("to")));
            if (!promised) {
                continue;
            }
            for (int c : g.children(act)) {
                if (partnerPhrase(g, c)) {
                    heads.add(c);
                    target.addAll(actors.ofTargetPhrase(s, c, rule));
                } else if (g.relation(c).equals("obj")) {
                    for (int phrase : g.children(c, "nmod")) {
                        if (prepositions.contains(PrepositionRole.TARGET, g.caseLemma(phrase))
                                && !places.isPlace(g, phrase)) {
                            heads.add(phrase);
                            target.addAll(actors.ofTargetPhrase(s, phrase, rule));
                        }
                    }
                }
            }
        }
    }

    /**
     * "rejected North Korea's demand to sever ...", "reject proposed Israeli changes ..., Erakat
     * said": the parser made the object the subject of a clause the verb seems to govern. A
     * clause with no "that" or other marker whose subject is a common noun owned or qualified by
     * an actor gives that actor as target; a subject that is an actor itself is left alone.
     */
    private void objectParsedAsClauseSubject(ArticleSentence s, int v, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int clause : g.children(v, "ccomp")) {
            if (!g.children(clause, "mark").isEmpty()) {
                continue;
            }
            for (int subject : g.children(clause, "nsubj")) {
                if (g.isNoun(subject) && s.covering(subject).isEmpty()) {
                    // an apposition ("changes ..., negotiator Erakat said") is the reporter, not the owner
                    List<Actor> owners = s.actorsAt(subject).isEmpty() ? actors.ofObject(s, subject)
                            : actors.holderOf(s, subject);
                    if (!owners.isEmpty()) {
                        heads.add(subject);
                        target.addAll(owners);
                    }
                }
            }
        }
    }

    /**
     * "denounced as an ugly crime Iran's suppression of the protests": an object moved after a
     * predicative as-phrase, which the parser hangs on that phrase as a loose dependent, is the object.
     */
    private void objectAfterPredicative(ArticleSentence s, int v, List<Integer> heads, List<Actor> target) {
        DependencyGraph g = s.graph();
        for (int c : g.children(v, "obl")) {
            if (!prepositions.contains(PrepositionRole.PREDICATIVE, g.caseLemma(c))) {
                continue;
            }
            for (int moved : g.children(c, "dep")) {
                if (g.isNoun(moved)) {
                    heads.add(moved);
                    target.addAll(actors.ofObject(s, moved));
                }
            }
        }
    }

    /**
     * Whether an object is the actor's own means of an act that leaves or happens at a place
     * ({@code happens_in_place}: "withdraw its troops", "pulled their staff out"): owned by a
     * possessive pronoun and naming no actor of known country, so the place, not the means, is aimed at.
     */
    private boolean ownMeans(ArticleSentence s, int object, TriggerRule rule) {
        DependencyGraph g = s.graph();
        return sides.contains(SideRule.HAPPENS_IN_PLACE, rule.type())
                && s.actorsAt(object).stream().allMatch(a -> a.country() == null)
                && g.children(object, "nmod:poss").stream()
                        .anyMatch(p -> g.token(p).pos() == PartOfSpeech.POSSESSIVE_PRONOUN);
    }

    /**
     * An into-phrase of an act that breaks into what someone owns ({@code breaks_into}: "hacked
     * into the computers of Iranian officers", "broke into the offices of the party"), not a place.
     */
    private boolean brokenInto(DependencyGraph g, int c, TriggerRule rule) {
        return sides.contains(SideRule.BREAKS_INTO, rule.type()) && g.baseRelation(c).equals("obl")
                && prepositions.contains(PrepositionRole.BROKEN_INTO, g.caseLemma(c)) && !places.isPlace(g, c);
    }

    /**
     * The passive agents of a verb: its {@code obl:agent}, or a by-phrase of a passive verb the
     * parser left a plain oblique ("was attacked by Burundian militiamen"), except for the types
     * whose passive restates an event the article reports ({@code passive_restates}).
     */
    private List<Integer> agents(DependencyGraph g, int v, TriggerRule rule) {
        List<Integer> agents = new ArrayList<>(g.children(v, "obl:agent"));
        if (agents.isEmpty() && !g.children(v, "aux:pass").isEmpty()
                && !sides.contains(SideRule.PASSIVE_RESTATES, rule.type())) {
            g.children(v, "obl").stream().filter(c -> g.caseLemma(c).equals("by")).forEach(agents::add);
        }
        return agents;
    }

    /**
     * Whether the verb is a passive participle that states a stance ({@code stative_passive} in
     * side-rules.tsv: "is opposed to", "is committed to"): no agent, and a "to" phrase or clause.
     */
    private boolean stativePassive(DependencyGraph g, int v) {
        if (!sides.contains(SideRule.STATIVE_PASSIVE, g.lemma(v)) || g.children(v, "aux:pass").isEmpty()
                || !g.children(v, "obl:agent").isEmpty()) {
            return false;
        }
        return g.children(v).stream().anyMatch(c -> g.caseLemma(c).equals("to")
                || g.children(c, "mark").stream().anyMatch(m -> g.lemma(m).equals("to")));
    }

    /** An oblique with/to/for/on/against phrase that is not a place: the other side. */
    private boolean partnerPhrase(DependencyGraph g, int c) {
        return g.baseRelation(c).equals("obl") && prepositions.contains(PrepositionRole.TARGET, g.caseLemma(c))
                && !places.isPlace(g, c);
    }

    /**
     * The from-phrase of an act that takes its object from someone ({@code takes_from}: "confiscated
     * weapons from armed groups"), not a place ("seized arms from Gaza" names where, not whom).
     */
    private boolean takenFrom(DependencyGraph g, int v, int c, TriggerRule rule) {
        return sides.contains(SideRule.TAKES_FROM, rule.type()) && !g.children(v, "obj").isEmpty()
                && g.baseRelation(c).equals("obl")
                && prepositions.contains(PrepositionRole.TAKEN_FROM, g.caseLemma(c)) && !places.isPlace(g, c);
    }

    /**
     * The over/about/into phrase of an act aimed at whoever its topic names ({@code topic_author}:
     * "complained to the UN over Israeli air raids", "protested about the army's abuses").
     */
    private boolean topicPhrase(DependencyGraph g, int c, TriggerRule rule) {
        return sides.contains(SideRule.TOPIC_AUTHOR, rule.type()) && g.baseRelation(c).equals("obl")
                && prepositions.contains(PrepositionRole.TOPIC, g.caseLemma(c)) && !places.isPlace(g, c);
    }

    /**
     * A visit's target is the country of the first place visited, which is also where it happens,
     * and the countries of the places conjoined to it ("will visit Mauritania and Senegal").
     */
    private Arguments visit(ArticleSentence s, int v, List<Actor> source, List<Actor> target, List<Integer> heads) {
        DependencyGraph g = s.graph();
        Location place = null;
        for (int c : g.children(v)) {
            String rel = g.relation(c);
            boolean placeArgument = rel.equals("obj") || (g.baseRelation(c).equals("obl")
                    && prepositions.contains(PrepositionRole.VISIT, g.caseLemma(c)));
            if (placeArgument && place == null) {
                PlaceFinder.Visited visited = places.visited(s, c);
                if (visited != null) {
                    place = visited.location();
                    target.add(visited.country());
                    heads.add(c);
                    for (int also : g.children(c, "conj")) {
                        PlaceFinder.Visited next = places.visited(s, also); // "will visit Mauritania and Senegal"
                        if (next != null && !target.contains(next.country())) {
                            target.add(next.country());
                        }
                    }
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
        DependencyGraph g = s.graph();
        List<Integer> acts = new ArrayList<>(List.of(v));
        for (int k = 0; k < acts.size() && acts.size() < 4; k++) {
            acts.addAll(g.children(acts.get(k), "xcomp")); // "threatened to stop talks to reduce ..."
        }
        for (int act : acts) {
            for (int condition : g.children(act, "advcl")) {
                boolean conditional = g.children(condition, "mark").stream()
                        .anyMatch(m -> cues.contains(ModalityCue.CONDITION, g.lemma(m)));
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
                    if (prepositions.contains(PrepositionRole.TARGET, g.caseLemma(c)) && !places.isPlace(g, c)) {
                        heads.add(c);
                        target.addAll(s.actorsAt(c));
                    } else if (places.isPlacePreposition(g.caseLemma(c)) && target.isEmpty()) {
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

package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * The acting side of an act of force whose agent the sentence does not name, only its weapon or
 * the attack itself ("three civilians were killed in a car bombing in Kandahar", "a roadside bomb
 * near Mosul killed two soldiers"): the unidentified attackers at the place it happened, a group of
 * that place's country with CAMEO's sector for unidentified armed forces ({@code UAF}), as ICEWS and
 * the PLOVER coders code such events. Only for the types of {@code unnamed_agent}, a verb trigger
 * with no actor as its subject or agent, a subject or an in/by phrase naming an attack or weapon
 * ({@code unnamed_weapon}: the noun itself or a word compounding it, "car bomb explosion"; a
 * flood or a gas explosion is no attack), and a place the gazetteer or the sentence grounds.
 * Immutable and thread-safe.
 */
final class UnnamedAttackers {

    /** How the acting side is named, before the place's name ("unidentified attackers in Kandahar"). */
    static final String NAME = "unidentified attackers in ";
    /** CAMEO's sector code for unidentified armed forces. */
    static final String SECTOR = "UAF";

    /** The attackers and the place of their act. */
    record Found(Actor attackers, PlaceFinder.Visited place) {
    }

    private final PlaceFinder places;
    private final EnumWordLists<SideRule> rules;

    UnnamedAttackers(PlaceFinder places, EnumWordLists<SideRule> rules) {
        this.places = places;
        this.rules = rules;
    }

    /** The unidentified attackers of an agentless act of force, or empty. */
    Optional<Found> of(ArticleSentence s, EventDraft d) {
        DependencyGraph g = s.graph();
        int v = d.token();
        if (d.rule().noun() || !rules.contains(SideRule.UNNAMED_AGENT, d.coding().type())) {
            return Optional.empty();
        }
        List<Integer> weapons = new ArrayList<>();
        int subject = ArgumentActors.subjectOf(g, v);
        if (subject >= 0 && g.children(v, "nsubj:pass").isEmpty()) {
            weapons.add(subject); // "a roadside bombing near Samarra killed"
        }
        int verb = g.relation(v).equals("conj") && g.isVerb(g.governor(v)) ? g.governor(v) : v;
        if (!g.children(verb, "nsubj:pass").isEmpty()) {
            for (int c : g.children(verb)) {
                String prep = g.caseLemma(c);
                if (g.baseRelation(c).equals("obl") && (prep.equals("in") || prep.equals("by"))) {
                    weapons.add(c); // "were killed in a car bombing", "were wounded by a roadside bomb"
                }
            }
        }
        for (int w : weapons) {
            if (!s.actorsAt(w).isEmpty() || !weapon(g, w)) {
                continue;
            }
            List<Integer> phrases = new ArrayList<>(places.placeArguments(g, v));
            phrases.addAll(places.placeArguments(g, w)); // "a bombing near the town of Samarra"
            List<PlaceFinder.Visited> found = places.placesAt(s, phrases);
            if (!found.isEmpty()) {
                PlaceFinder.Visited place = found.get(0);
                Actor attackers = new Actor(NAME + place.location().name(), ActorKind.GROUP, null,
                        place.country().country(), SECTOR);
                return Optional.of(new Found(attackers, place));
            }
        }
        return Optional.empty();
    }

    /** Whether a noun names an attack or a weapon: itself, or a word compounding or qualifying it. */
    private boolean weapon(DependencyGraph g, int noun) {
        if (!g.isNoun(noun)) {
            return false;
        }
        if (rules.contains(SideRule.UNNAMED_WEAPON, g.lemma(noun))) {
            return true;
        }
        for (int c : g.children(noun, "compound", "amod")) {
            if (rules.contains(SideRule.UNNAMED_WEAPON, g.lemma(c))) {
                return true;
            }
        }
        return false;
    }
}

package org.parley.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.core.actors.ActorMention;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventDraft.Sides;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.core.places.Countries;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * Settles who acted on whom from each candidate's arguments, and drops the candidates that are no
 * event: every event names at least one actor as source and none on both sides. Partner acts
 * (CONSULT, COOPERATE, SUPPORT, AID) name a target too; acts complete without an addressee ("Iran
 * threatened to launch a new offensive") may have none when their source is grounded (a country,
 * an organisation or a titled person). A joint act between A and B gives source [A], target [B],
 * the grammatical subject (or first conjunct) first. Where the parse names no target, an act of
 * force, protest or withdrawal takes the country where it happens, or, a state's coercion at home,
 * the people of the place ("a curfew in the town of Cizre": the people of Cizre). Reads {@code ARGUMENTS} and
 * {@code MODALITY}; adds {@code SIDES}.
 */
final class SideResolver implements EventPass {

    /** The name and sector of the people of a place a state acts on at home ("people of Cizre"). */
    static final String PEOPLE_OF = "people of ";
    private static final String CIVILIANS = "CVL";

    private final TriggerLexicon lexicon;
    private final PlaceFinder places;
    private final Countries countries;
    private final EnumWordLists<SideRule> rules;
    private final UnnamedAttackers attackers;
    private final CustodyHolder custody;

    SideResolver(TriggerLexicon lexicon, PlaceFinder places, Countries countries, EventWords words) {
        this.lexicon = lexicon;
        this.places = places;
        this.countries = countries;
        this.rules = words.sides();
        this.attackers = new UnnamedAttackers(places, rules);
        this.custody = new CustodyHolder(rules);
    }

    @Override
    public Contract contract() {
        return new Contract(Set.of(Fact.ARGUMENTS, Fact.MODALITY), Set.of(Fact.SIDES));
    }

    @Override
    public void apply(ArticleEvents article) {
        article.revise(d -> settle(article.sentence(d.sentence()), d).map(d::withSides));
    }

    private Optional<Sides> settle(ArticleSentence s, EventDraft d) {
        TriggerRule rule = d.rule();
        String coded = d.coding().type();
        List<Actor> source = new ArrayList<>(Sides.distinct(d.arguments().source()));
        List<Actor> target = new ArrayList<>(d.arguments().target());
        // "a prisoner died of torture in Israeli police custody": the holder acts, and a noun act's clause
        // subject, which the noun took as its source ("an activist died of torture"), is the victim
        boolean noVictim = d.rule().noun() && target.isEmpty();
        Optional<CustodyHolder.Held> held = source.isEmpty() || noVictim ? custody.of(s, d) : Optional.empty();
        held.ifPresent(h -> {
            source.clear();
            source.addAll(h.holders());
            target.addAll(h.victims());
        });
        // "three civilians were killed in a car bombing in Kandahar": the unidentified attackers there act
        Optional<UnnamedAttackers.Found> unnamed = source.isEmpty() ? attackers.of(s, d) : Optional.empty();
        unnamed.ifPresent(f -> source.add(f.attackers()));
        Set<String> sourceIds = identities(source);
        target.removeIf(a -> sourceIds.contains(Sides.identity(a)));
        // a side does not act on its own country ("Son and Blinken" are not partners of "Vietnam"),
        // unless the act is one a state aims at its own people ("banned Ugandan candidates"); the
        // countries are those of the source as the parse gave it, before a joint act is split
        Set<String> sourceCountries = new LinkedHashSet<>();
        source.forEach(a -> sourceCountries.add(a.country()));
        // a body that is no state's (rebels, an opposition party, a union) may aim a one-way act at its
        // own country's state ("the Kurdistan Workers' Party demanded that the Turkish government provide
        // ..."), though it does not visit or meet its own country ("troops arrived in Bosnia")
        boolean statelessSource = !source.isEmpty() && rules.contains(SideRule.ONE_SIDED, coded) && source.stream()
                .allMatch(a -> a.kind() == ActorKind.GROUP || a.kind() == ActorKind.ORGANIZATION);
        if (!rules.contains(SideRule.ACTS_AT_HOME, coded) && !statelessSource) {
            target.removeIf(a -> a.kind() == ActorKind.COUNTRY && sourceCountries.contains(a.country()));
        }
        if (target.isEmpty() && source.size() > 1 && rule.pattern() == TriggerRule.Pattern.SYMMETRIC) {
            splitJointAct(source, target);
        }
        // "the two sides" as target of one side's request: keep the other side only
        if (target.stream().anyMatch(a -> a.country() != null && !sourceCountries.contains(a.country()))) {
            target.removeIf(a -> a.country() != null && sourceCountries.contains(a.country())
                    && !source.isEmpty() && source.get(0).country() != null);
        }
        if (target.isEmpty()) {
            placeAsTarget(s, d, source, sourceCountries, target);
        }
        if (target.isEmpty() && unnamed.isPresent()) {
            target.add(unnamed.get().place().country()); // "a bombing in Kandahar killed twelve people"
        }
        if (target.isEmpty() && rule.type().equals("PROTEST") && source.size() == 1
                && source.get(0).kind() == ActorKind.GROUP && source.get(0).country() != null
                && rules.contains(SideRule.CIVIL_SECTOR, source.get(0).sector())) {
            // "students throughout Indonesia staged demonstrations": a people's protest that
            // names no addressee is addressed to its own state
            countries.byCode(source.get(0).country())
                    .ifPresent(c -> target.add(Actor.country(c.name(), c.alpha3())));
        }
        Set<String> sourceAfterSplit = identities(source);
        target.removeIf(a -> sourceAfterSplit.contains(Sides.identity(a)));
        if (target.isEmpty() && coded.equals("AGREE") && rule.pattern() == TriggerRule.Pattern.SYMMETRIC) {
            // "Japanese Foreign Minister Kamikawa and Indian Minister Jaishankar agreed", parsed
            // with one subject: the other side of the joint act is the one person of another
            // country the sentence names; a lone side is no agreement
            List<Actor> partners = peopleOfOtherCountries(s, source);
            if (partners.size() == 1) {
                target.add(partners.get(0));
            }
        }
        if (source.isEmpty() || target.isEmpty() && !oneSided(s.graph(), d, source)) {
            return Optional.empty();
        }
        if (target.isEmpty() && coded.equals("AGREE") && sidesOfDifferentCountries(source)) {
            // "the two sides pledged to speed up projects": a promise the sides made each other,
            // coded like "X and Y agreed" (one side as source, the other as target)
            splitJointAct(source, target);
        }
        return Optional.of(new Sides(Sides.distinct(source), Sides.distinct(homeCountryOfUnknown(s, d, source, target))));
    }

    /**
     * The target with each actor of no known country given the source's country, for the one-way
     * acts a state mostly aims at its own people ({@code home_target}: "Nicaragua's government
     * ordered La Prensa to close", "the Sudanese government accused Darfur rebels"): only when the
     * source names one country, and never for an international body. An international body of no
     * country as the source gives instead the country of the place the act happens in ("the IAEA
     * sent inspectors to the Esfahan plant in central Iran"): the text says where the target is. Not
     * for people of no known country as the source ("prisoners rioted in Dili joining demonstrators"
     * places both sides, and a protest there is aimed at whoever rules it).
     */
    private List<Actor> homeCountryOfUnknown(ArticleSentence s, EventDraft d, List<Actor> source, List<Actor> target) {
        String coded = d.coding().type();
        List<String> home = source.stream().map(Actor::country).filter(Objects::nonNull).distinct().toList();
        if (home.size() > 1 || !rules.contains(SideRule.HOME_TARGET, coded)
                || target.stream().noneMatch(this::ofUnknownCountry)) {
            return target;
        }
        boolean international = source.stream()
                .anyMatch(a -> rules.contains(SideRule.INTERNATIONAL_SECTOR, String.valueOf(a.sector())));
        String country = !home.isEmpty() ? home.get(0) : international ? placeOfTheAct(s, d) : null;
        if (country == null) {
            return target;
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : target) {
            // "Syria will not accept more refugees": people who fled another country are not the state's own
            boolean foreign = !home.isEmpty() && rules.contains(SideRule.FOREIGN_SECTOR, String.valueOf(a.sector()));
            out.add(ofUnknownCountry(a) && !foreign ? new Actor(a.name(), a.kind(), a.role(), country, a.sector()) : a);
        }
        return out;
    }

    /** A person, group or body of no known country that is no international body. */
    private boolean ofUnknownCountry(Actor a) {
        return a.country() == null && a.kind() != ActorKind.COUNTRY
                && !rules.contains(SideRule.INTERNATIONAL_SECTOR, String.valueOf(a.sector()));
    }

    /** The country of the nearest place the act's in/at/near phrases name, or null. */
    private String placeOfTheAct(ArticleSentence s, EventDraft d) {
        return places.placesOfTheAct(s, d.token()).stream().findFirst().map(p -> p.country().country()).orElse(null);
    }

    /** The first of the source stays the source; the others become the target. */
    private static void splitJointAct(List<Actor> source, List<Actor> target) {
        target.addAll(source.subList(1, source.size()));
        source.subList(1, source.size()).clear();
    }

    private static Set<String> identities(List<Actor> actors) {
        Set<String> ids = new LinkedHashSet<>();
        actors.forEach(a -> ids.add(Sides.identity(a)));
        return ids;
    }

    /**
     * The country where an act with no addressee happens: "protested in Zimbabwe", "withdrawal of
     * forces from Bosnia"; for an act of force, also the place it strikes ("shelled the regional
     * capital Juba", "lifted a curfew in Montenegro"). Not the source's own country, unless the
     * source is people rather than a state ("Zimbabwean protesters marched in Zimbabwe"); a state's
     * act aimed at people there targets the people of the place ({@link #placeTarget}).
     */
    private void placeAsTarget(ArticleSentence s, EventDraft d, List<Actor> source, Set<String> sourceCountries,
                               List<Actor> target) {
        DependencyGraph g = s.graph();
        TriggerRule rule = d.rule();
        boolean notAState = source.stream().anyMatch(a -> a.kind() != ActorKind.COUNTRY);
        if (rules.contains(SideRule.HAPPENS_IN_PLACE, rule.type())) {
            for (PlaceFinder.Visited place : places.placesOfTheAct(s, d.token())) {
                Actor aimed = placeTarget(place, d, sourceCountries, notAState);
                if (aimed != null) {
                    target.add(aimed);
                }
            }
        }
        if (target.isEmpty() && rules.contains(SideRule.STRIKES_PLACE, rule.type())) {
            List<Integer> struck = rule.noun() ? struckByANounAct(g, d.token()) : struckByAVerb(g, d.token());
            for (PlaceFinder.Visited place : places.placesAt(s, struck)) {
                Actor aimed = placeTarget(place, d, sourceCountries, notAState);
                if (aimed != null && target.isEmpty()) {
                    target.add(aimed);
                }
            }
        }
    }

    /** The phrases naming what a verb of force strikes: its objects' places and its own place phrases. */
    private List<Integer> struckByAVerb(DependencyGraph g, int verb) {
        List<Integer> struck = new ArrayList<>(g.children(verb, "obj"));
        for (int object : g.children(verb, "obj")) {
            for (int c : g.children(object, "nmod")) {
                if (places.isPlacePreposition(g.caseLemma(c))) {
                    struck.add(c); // "lifted a curfew in Montenegro"
                }
            }
            for (int participle : g.children(object, "acl")) {
                struck.addAll(places.placeArguments(g, participle)); // "shortened the curfew imposed in Sudan"
            }
        }
        struck.addAll(places.placeArguments(g, verb));
        return struck;
    }

    /**
     * The phrases naming what a noun act of force strikes, when a light verb carries it: the places
     * named on the noun and on its verb ("declared a state of siege in Haiti"); none for a bare noun.
     */
    private List<Integer> struckByANounAct(DependencyGraph g, int noun) {
        int verb = lexicon.lightVerbCarrying(g, noun);
        if (verb < 0) {
            return List.of();
        }
        List<Integer> struck = new ArrayList<>(places.placeArguments(g, noun));
        struck.addAll(places.placeArguments(g, verb));
        return struck;
    }

    /**
     * Who an act at a place targets: the place's country, unless a state acts at a place of its own
     * country; then, for acts aimed at people ({@code home_place}: "Turkish authorities imposed a
     * curfew in the town of Cizre"), the people of that place, a group of the place's country
     * distinct from the state, and for other acts no one (a minister visiting a city of his own).
     */
    private Actor placeTarget(PlaceFinder.Visited place, EventDraft d, Set<String> sourceCountries, boolean notAState) {
        String country = place.country().country();
        if (!sourceCountries.contains(country) || notAState) {
            return place.country();
        }
        if (sourceCountries.size() != 1 || !rules.contains(SideRule.HOME_PLACE, d.coding().type())) {
            return null;
        }
        return new Actor(PEOPLE_OF + place.location().name(), ActorKind.GROUP, null, country, CIVILIANS);
    }

    /**
     * Whether an act with no addressee found is still an event: a verb (or a noun carried by a
     * light verb) whose type needs no partner (the {@code one_sided} types of {@code side-rules.tsv}) and its source is an
     * actor of known country, an organisation (an IGO or NGO acting in its own name) or a person
     * with a title ("President Bill Clinton").
     */
    private boolean oneSided(DependencyGraph g, EventDraft d, List<Actor> source) {
        int i = d.token();
        TriggerRule written = d.rule();
        String coded = d.coding().type();
        // a bare noun ("at the invitation of ...") takes its participants from the clause around
        // it, not from arguments of its own: only a verb or a noun carried by a light verb
        // ("staged demonstrations") says who acted
        boolean ownArguments = !written.noun() || lexicon.lightVerbCarrying(g, i) >= 0; // "ended mediation efforts"
        if (coded.equals("REQUEST") && !written.noun() && !g.children(i, "obj", "iobj").isEmpty()
                && !g.children(i, "xcomp", "ccomp").isEmpty()) {
            // "asked relevant agencies to arrange the visit": the object of "ask X to do" is the
            // addressee, and one that is no actor leaves the request unaddressed, not one-sided
            return false;
        }
        // "agreed to resign", "promised to democratize Serbia": a promise whose content is a
        // clause of its own needs no addressee; "pledged continued support for Vietnam" does
        // ("will evacuate all settlements", a promised retreat, is one too: a promise of an act complete
        // without an addressee); "agreed that there is room for cooperation" is an opinion shared, and "will
        // help Vietnam settle" or "is willing to send aid" has a beneficiary
        boolean promiseOfAnAct = coded.equals("AGREE") && !written.noun()
                && (rules.contains(SideRule.ONE_SIDED, written.type()) || written.type().equals("AGREE")
                && !g.children(i, "xcomp").isEmpty() && g.children(i, "obj", "iobj", "ccomp").isEmpty());
        return ownArguments && (rules.contains(SideRule.ONE_SIDED, coded) || promiseOfAnAct) && source.stream()
                .anyMatch(a -> a.country() != null || a.kind() == ActorKind.ORGANIZATION
                        || (a.kind() == ActorKind.PERSON && a.sector() != null));
    }

    /** The people the sentence names whose country is known and none of the source's. */
    private static List<Actor> peopleOfOtherCountries(ArticleSentence s, List<Actor> source) {
        Set<String> sourceCountries = new LinkedHashSet<>();
        source.forEach(a -> sourceCountries.add(a.country()));
        List<Actor> out = new ArrayList<>();
        for (ActorMention m : s.actorMentions()) {
            Actor a = m.actor();
            if (a.kind() == ActorKind.PERSON && a.country() != null && !sourceCountries.contains(a.country())
                    && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether the actors name at least two different countries (two sides, not one side's people). */
    private static boolean sidesOfDifferentCountries(List<Actor> actors) {
        return actors.stream().map(Actor::country).filter(Objects::nonNull).distinct().count() > 1;
    }
}

package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.core.extract.EventWords.PrepositionRole;
import org.parley.core.extract.EventWords.SideRule;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;

/**
 * The actors a subject or object phrase stands for, looking past the words the parser put in the
 * way: appositions, counted nouns ("thousands of Iraqi Kurds"), demonyms ("Turkish farmers"),
 * owners ("Blinken's visit"). Place words are never actors here. Immutable and thread-safe.
 */
final class ArgumentActors {

    private final PlaceFinder places;
    private final EnumWordLists<PrepositionRole> prepositions;
    private final EnumWordLists<SideRule> sides;

    ArgumentActors(PlaceFinder places, EventWords words) {
        this.places = places;
        this.prepositions = words.prepositions();
        this.sides = words.sides();
    }

    /**
     * The actors of a subject; when the subject word names none, those named in its appositions
     * and modifiers, for subjects the parser attached to a date or place ("on March 25, 2024 in
     * Washington DC, Foreign Minister Son and Secretary Blinken co-chaired ..."). Place words are
     * passed through, never taken as actors.
     */
    List<Actor> ofSubject(ArticleSentence s, int subject) {
        DependencyGraph g = s.graph();
        List<Actor> direct = s.actorsAt(subject);
        if (!direct.isEmpty() && direct.stream().allMatch(a -> a.country() == null)) {
            // "Hezbollah guerrillas": the group of no known country is the named body's
            List<Actor> named = grounded(s, g.children(subject, "compound"));
            return named.isEmpty() ? direct : named;
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        // "Turkish farmers", "the Sudanese government" read as a demonym on an unknown noun
        List<Actor> qualified = s.demonymOf(subject);
        if (!qualified.isEmpty()) {
            return qualified;
        }
        // "Taiwan's Vice Foreign Minister", "Israel's high court": the owner of an unknown office
        List<Actor> owner = grounded(s, g.children(subject, "nmod:poss"));
        if (!owner.isEmpty()) {
            return owner;
        }
        List<Actor> reporter = reporterOf(s, subject);
        if (!reporter.isEmpty()) {
            return reporter;
        }
        List<Actor> found = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(subject));
        for (int depth = 0; depth < 3 && found.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : frontier) {
                for (int c : g.children(node, "appos", "nmod", "dep")) {
                    if (!places.isPlaceName(g, c)) {
                        List<Actor> inner = s.actorsAt(c);
                        // "thousands of Iraqi Kurds": the demonym of the counted people
                        found.addAll(inner.isEmpty() && g.caseLemma(c).equals("of") ? s.demonymOf(c) : inner);
                    }
                    next.add(c);
                }
            }
            frontier = next;
        }
        return found;
    }

    /** The actors of known country at the tokens. */
    private static List<Actor> grounded(ArticleSentence s, List<Integer> tokens) {
        List<Actor> out = new ArrayList<>();
        for (int t : tokens) {
            s.actorsAt(t).stream().filter(a -> a.country() != null && !out.contains(a)).forEach(out::add);
        }
        return out;
    }

    /**
     * "The rebels said they would release the hostages": a pronoun subject ({@code
     * reporter_pronoun} of {@code side-rules.tsv}) of the clause a reporting verb governs stands
     * for that verb's subject, when the subject names actors. Read from the parse, so "they" in
     * any other clause stays unresolved.
     */
    private List<Actor> reporterOf(ArticleSentence s, int subject) {
        DependencyGraph g = s.graph();
        if (!sides.contains(SideRule.REPORTER_PRONOUN, g.lemma(subject))) {
            return List.of();
        }
        int clause = g.governor(subject);
        int reporting = clause >= 0 && g.relation(clause).equals("ccomp") ? g.governor(clause) : -1;
        if (reporting < 0 || !CueWords.reportingLemmas().contains(g.lemma(reporting))) {
            return List.of();
        }
        List<Actor> found = new ArrayList<>();
        for (int reporter : g.children(reporting, "nsubj")) {
            found.addAll(s.actorsAt(reporter));
        }
        return found;
    }

    /**
     * Actors of an object: itself (people of no known country take the one nationality qualifying
     * them: "Turkish Kurd refugees"), else its owner, its for/of/to/by/from complement ("Blinken's
     * visit", "calls by Belarus", "an offer from Iran", or that complement's owner: "calls by
     * Belarus's rulers") or the side it is aimed at ("sanctions on Iran", "restrictions against
     * German goods": a demonym stands for its country), or a country word qualifying it ("an
     * Indian proposal").
     */
    List<Actor> ofObject(ArticleSentence s, int object) {
        List<Actor> direct = s.actorsAt(object);
        DependencyGraph g = s.graph();
        if (!direct.isEmpty() && direct.stream().allMatch(a -> a.country() == null)) {
            // "allow Turkish Kurd refugees to return": people of no known country qualified by
            // one nationality are of that country (still themselves, not its state)
            List<Actor> qualified = s.demonymOf(object);
            if (qualified.size() != 1) {
                return direct;
            }
            String country = qualified.get(0).country();
            return direct.stream().map(a -> new Actor(a.name(), a.kind(), a.role(), country, a.sector())).toList();
        }
        if (!direct.isEmpty()) {
            return direct;
        }
        List<Actor> inner = new ArrayList<>();
        for (int c : g.children(object)) {
            String rel = g.relation(c);
            if (rel.equals("nmod:poss")) {
                inner.addAll(s.actorsAt(c));
            } else if (g.baseRelation(c).equals("nmod") && ownerOrTarget(g.caseLemma(c))
                    && (!places.isPlace(g, c) || capitalAuthor(s, c))) {
                // "restrictions against German goods", "the curfew on Palestinians", "calls by
                // Belarus's rulers"
                List<Actor> named = s.actorsAt(c);
                if (named.isEmpty()) {
                    named = holderOf(s, c);
                }
                // "embargoes on sales to Iran and Libya", "part of an aid program for Bosnia"
                inner.addAll(named.isEmpty() ? nestedTargets(s, c) : named);
            } else if (rel.equals("amod") || rel.equals("compound")) {
                s.covering(c).stream().filter(a -> a.kind() == ActorKind.COUNTRY).forEach(inner::add);
            }
        }
        return inner;
    }

    /**
     * Actors of a with/to/for/on/against phrase: the actors it names; for an act that is not a
     * joint one, else its owner ("protested against Sweden's decision"), the nationality qualifying
     * it ("riots against Israeli policies") or its author's complement ("against violations by the
     * military"). A joint act's phrase names its partner only: "agreed on the Vietnam-US framework"
     * names none.
     */
    List<Actor> ofTargetPhrase(ArticleSentence s, int phrase, TriggerRule rule) {
        List<Actor> named = s.actorsAt(phrase);
        DependencyGraph g = s.graph();
        if (named.isEmpty() && g.token(phrase).ner() == EntityType.TITLE) {
            named = countryOfTitle(s, phrase); // "negotiate with the president of Armenia"
        }
        if (!named.isEmpty() || rule.pattern() == TriggerRule.Pattern.SYMMETRIC) {
            return named;
        }
        List<Actor> owners = grounded(s, g.children(phrase, "nmod:poss"));
        if (!owners.isEmpty()) {
            return owners;
        }
        List<Actor> nationality = s.demonymOf(phrase);
        if (!nationality.isEmpty()) {
            return nationality;
        }
        List<Actor> authors = new ArrayList<>();
        List<Integer> authorPhrases = new ArrayList<>(g.children(phrase, "nmod"));
        for (int participle : g.children(phrase, "acl")) {
            // "crimes committed by Croat forces": the agent of a participle describing the phrase
            g.children(participle, "obl", "obl:agent").stream().filter(c -> g.caseLemma(c).equals("by"))
                    .forEach(authorPhrases::add);
        }
        for (int c : authorPhrases) {
            if (prepositions.contains(PrepositionRole.AUTHOR, g.caseLemma(c)) && !places.isPlace(g, c)) {
                List<Actor> author = s.actorsAt(c); // "a demand from the US President"
                authors.addAll(author.isEmpty() ? s.demonymOf(c) : author);
            }
        }
        // "mobilized reservists for a war against Iraq", "reneged on his commitment to the Zambian people";
        // not for a partner act, which needs a partner of its own ("assistance to the war against Iraq")
        return authors.isEmpty() && sides.contains(SideRule.ONE_SIDED, rule.type()) ? nestedTargets(s, phrase) : authors;
    }

    /**
     * The country an office's of-phrase names ("the president of Armenia", "the foreign minister
     * of Iran"): the holder of a country's office stands for that country.
     */
    private static List<Actor> countryOfTitle(ArticleSentence s, int title) {
        DependencyGraph g = s.graph();
        List<Actor> out = new ArrayList<>();
        for (int c : g.children(title, "nmod")) {
            if (g.caseLemma(c).equals("of")) {
                s.covering(c).stream().filter(a -> a.kind() == ActorKind.COUNTRY && !out.contains(a)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The actors, or the nationality, of the to/for/against phrases ({@code nested_target}) of a
     * phrase that names none itself ("sales to Iran", "a war against Iraq"): one level down, never a place.
     */
    private List<Actor> nestedTargets(ArticleSentence s, int phrase) {
        DependencyGraph g = s.graph();
        List<Actor> out = new ArrayList<>();
        for (int c : g.children(phrase, "nmod")) {
            if (prepositions.contains(PrepositionRole.NESTED_TARGET, g.caseLemma(c)) && !places.isPlace(g, c)) {
                List<Actor> named = s.actorsAt(c);
                out.addAll(named.isEmpty() ? s.demonymOf(c) : named);
            }
        }
        return out;
    }

    /**
     * The owner or nationality of a noun that names no actor itself ("Montenegro's prime minister",
     * "the Sudanese opposition leader"); not its complements.
     */
    List<Actor> holderOf(ArticleSentence s, int noun) {
        List<Actor> qualified = s.demonymOf(noun);
        return qualified.isEmpty() ? grounded(s, s.graph().children(noun, "nmod:poss")) : qualified;
    }

    /** "an admission by Moscow": a by/from phrase whose capital the actor passes read as its government. */
    private boolean capitalAuthor(ArticleSentence s, int c) {
        return prepositions.contains(PrepositionRole.AUTHOR, s.graph().caseLemma(c))
                && s.covering(c).stream().anyMatch(a -> a.kind() == ActorKind.COUNTRY);
    }

    private boolean ownerOrTarget(String preposition) {
        return prepositions.contains(PrepositionRole.OWNER, preposition)
                || prepositions.contains(PrepositionRole.TARGET, preposition);
    }

    /**
     * The subject of a verb, through xcomp and conjoined verbs ("agreed to promote", "met and discussed"), or the
     * addressee of the noun an infinitive hangs on ("the invitation to Biden to visit"), or -1.
     */
    static int subjectOf(DependencyGraph g, int v) {
        return subjectOf(g, v, 0);
    }

    private static int subjectOf(DependencyGraph g, int v, int depth) {
        List<Integer> subjects = g.children(v, "nsubj");
        if (!subjects.isEmpty()) {
            return subjects.get(0);
        }
        int gov = g.governor(v);
        String rel = g.relation(v);
        if (gov >= 0 && depth < 3 && (rel.equals("xcomp") || (rel.equals("conj") && g.isVerb(gov)))) {
            return subjectOf(g, gov, depth + 1);
        }
        if (gov >= 0 && rel.equals("acl") && g.isNoun(gov) && g.token(v).pos() == PartOfSpeech.VERB_GERUND) {
            return gov; // "demonstrators protesting election results": the noun does the act
        }
        if (gov >= 0 && rel.equals("acl") && g.isNoun(gov) && g.children(v, "mark").stream().anyMatch(m -> g.lower(m).equals("to"))) {
            // "the invitation to the Party chief to visit the US": the one the noun is addressed to does the act
            return g.childrenWithSubtypes(gov, "nmod").stream()
                    .filter(n -> g.children(n, "case").stream().anyMatch(c -> g.lower(c).equals("to")))
                    .findFirst().orElse(-1);
        }
        return -1;
    }
}

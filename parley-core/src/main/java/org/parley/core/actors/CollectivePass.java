package org.parley.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * Bodies of people named by a common noun ({@link CollectiveNouns}). Reads the COUNTRY references
 * and the unclaimed tokens. A country reference grows over the noun it qualifies ("Israeli
 * troops", "Burundi's government", "Hungarian and Romanian officials" — one reference per country,
 * same tokens) and becomes the body of that country, or stays the country for a noun that stands for
 * the state. A noun alone ("police", "the army", "rebels") is added with the country it is placed
 * in ("police in Zimbabwe"), else the only country of its sentence, else the only one of the
 * article, else none.
 */
final class CollectivePass extends ClaimingPass {

    private static final int MODIFIERS_BEFORE_NOUN = 2;
    private static final Set<PartOfSpeech> MODIFIER_TAGS = Set.of(PartOfSpeech.ADJECTIVE,
            PartOfSpeech.ADJECTIVE_COMPARATIVE, PartOfSpeech.ADJECTIVE_SUPERLATIVE, PartOfSpeech.NOUN,
            PartOfSpeech.VERB_PAST_PARTICIPLE);

    /** Nouns that only say "a body of": "opposition groups" are the opposition, placed after the head. */
    private static final Set<String> GROUP_HEADS = Set.of("group", "groups");

    private final Countries countries;

    CollectivePass(Countries countries) {
        super(new Contract(Set.of(ReadingFact.COUNTRIES), ReadingFact.COLLECTIVES));
        this.countries = countries;
    }

    @Override
    public void read(ArticleReading r, int s) {
        growCountries(r, s);
        scan(r, s);
    }

    private void growCountries(ArticleReading r, int s) {
        List<Token> toks = r.tokens(s);
        List<Reference> found = r.references();
        List<Integer> countryRefs = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).sentence() == s && found.get(k).isCountry()) {
                countryRefs.add(k);
            }
        }
        countryRefs.sort(Comparator.comparingInt(k -> found.get(k).begin()));
        // right to left, so "Hungarian and Romanian officials" sees Romanian's noun first
        int sharedBegin = -1;
        int sharedEnd = -1;
        for (int n = countryRefs.size() - 1; n >= 0; n--) {
            int k = countryRefs.get(n);
            Reference f = found.get(k);
            int nounAt = collectiveAfter(r, s, f.end());
            int end = nounAt >= 0 ? nounAt + 1 : -1;
            String noun = nounAt >= 0 ? toks.get(nounAt).word() : null;
            boolean coordinated = nounAt < 0 && sharedBegin >= 0 && f.end() + 1 == sharedBegin
                    && Set.of("and", ",").contains(toks.get(f.end()).word().toLowerCase(Locale.ROOT));
            if (coordinated) {
                end = sharedEnd;
                noun = toks.get(sharedEnd - 1).word();
            }
            if (end < 0) {
                sharedBegin = -1;
                continue;
            }
            CollectiveNouns.Collective c = CollectiveNouns.of(noun).orElseThrow();
            r.claim(s, f.begin(), end);
            Actor country = f.actor();
            Actor actor = c.state() ? country : new Actor(collectiveName(country, noun), c.kind(), null,
                    country.country(), c.sector());
            r.replace(k, new Reference(s, f.begin(), end, ActorMention.Basis.COUNTRY, null, actor, f.group()));
            if (coordinated) {
                for (int m = n + 1; m < countryRefs.size(); m++) {
                    Reference later = found.get(countryRefs.get(m));
                    if (later.end() == end) {
                        r.replace(countryRefs.get(m), new Reference(s, f.begin(), end, later.basis(), null,
                                later.actor(), later.group()));
                    }
                }
            }
            sharedBegin = f.begin();
            sharedEnd = end;
        }
    }

    /**
     * A collective noun alone ("police", "the army", "rebels", "opposition groups"), with the country
     * it is placed in.
     */
    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        Token t = toks.get(i);
        Optional<CollectiveNouns.Collective> c = CollectiveNouns.of(t.word());
        // lower case, or capitalised only as the sentence's first word ("Rebels in the Ivory Coast ...")
        boolean common = isLowerCase(t.word()) || (i == 0 && isLowerCase(t.word().substring(1)));
        int end = i + 1 < toks.size() && GROUP_HEADS.contains(toks.get(i + 1).word()) && !r.isClaimed(s, i + 1)
                ? i + 2 : i + 1;
        if (c.isEmpty() || !common
                || !t.pos().isNoun() || (end < toks.size() && toks.get(end).pos().isNoun()
                && Character.isLetter(toks.get(end).word().charAt(0)) && !r.isClaimed(s, end)
                && placedIn(r, s, end).isEmpty())) {
            return Step.nothingAt(i);
        }
        Optional<String> placed = placedIn(r, s, end);
        boolean ofSomething = end < toks.size() && toks.get(end).word().equalsIgnoreCase("of");
        if (placed.isEmpty() && ofSomething) {
            return Step.nothingAt(i); // "the leaders of the two sides": whose, the groups pass decides
        }
        String country = placed.orElseGet(() -> onlyCountry(r, s));
        if (country == null && !c.get().state() && c.get().sector().equals("GOV")) {
            return Step.nothingAt(i); // "officials", "leaders" of no known country say nothing of who acted
        }
        Actor actor = c.get().state() && country != null
                ? countries.byCode(country).map(k -> Actor.country(k.name(), k.alpha3())).orElse(null)
                : new Actor(TokenRuns.written(toks, i, end), c.get().kind(), null, country, c.get().sector());
        if (actor == null) {
            return Step.nothingAt(i);
        }
        return Step.found(Reference.toActor(s, i, end, c.get().state() && country != null
                ? ActorMention.Basis.COUNTRY : ActorMention.Basis.DESCRIPTION, actor));
    }

    private static boolean isLowerCase(String w) {
        return w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** A group is named by its noun and country ("troops of Israel"), however the text wrote the country. */
    private static String collectiveName(Actor country, String noun) {
        return noun.toLowerCase(Locale.ROOT) + " of " + country.name();
    }

    /**
     * The collective noun a country word at {@code end} qualifies: after an optional possessive
     * and up to two lower-case modifiers ("Israeli security forces", "Sudan's military"), and not
     * itself a modifier of a further noun ("army radio"). -1 when none.
     */
    private static int collectiveAfter(ArticleReading r, int s, int end) {
        List<Token> toks = r.tokens(s);
        int k = end;
        if (k < toks.size() && TokenRuns.isPossessive(toks.get(k).word())) {
            k++;
        }
        for (int skipped = 0; k < toks.size() && skipped <= MODIFIERS_BEFORE_NOUN; skipped++, k++) {
            Token t = toks.get(k);
            if (r.isClaimed(s, k) || !isLowerCase(t.word())) {
                return -1;
            }
            if (isCollective(t)) {
                boolean modifier = k + 1 < toks.size() && toks.get(k + 1).pos().isNoun()
                        && CollectiveNouns.of(toks.get(k + 1).word()).isEmpty()
                        && isLowerCase(toks.get(k + 1).word());
                if (modifier) {
                    return -1;
                }
                if (k + 1 < toks.size() && isCollective(toks.get(k + 1))) {
                    continue; // "government officials": the last noun is the head
                }
                return k;
            }
            if (!MODIFIER_TAGS.contains(t.pos())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isCollective(Token t) {
        return CollectiveNouns.of(t.word()).isPresent() && t.pos().isNoun();
    }

    /** The country of an "in/of COUNTRY" phrase starting at {@code i} ("police in Zimbabwe"). */
    private Optional<String> placedIn(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        if (i >= toks.size() || !Set.of("in", "of").contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int at = i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("the") ? i + 2 : i + 1;
        Optional<String> country = r.references().stream().filter(f -> f.sentence() == s && f.begin() == at
                        && f.isCountry() && f.actor().kind() == ActorKind.COUNTRY)
                .map(f -> f.actor().country()).findFirst();
        return country.isPresent() ? country : demonymOfPlace(r, s, at);
    }

    /**
     * "inhabitants of the Syrian Golan Heights": a demonym the country pass left because it starts a
     * place name ({@code CountryPass}) places the group in that country.
     */
    private Optional<String> demonymOfPlace(ArticleReading r, int s, int at) {
        List<Token> toks = r.tokens(s);
        if (at + 1 >= toks.size() || r.isClaimed(s, at) || !TokenRuns.startsUpper(toks.get(at).word())
                || toks.get(at + 1).ner() != EntityType.LOCATION) {
            return Optional.empty();
        }
        return countries.byName(toks.get(at).word()).filter(c -> !c.name().equalsIgnoreCase(toks.get(at).word()))
                .map(Country::alpha3);
    }

    /** The only country named in sentence {@code s}, else the only one of the article, else null. */
    private static String onlyCountry(ArticleReading r, int s) {
        Set<String> inSentence = new LinkedHashSet<>();
        Set<String> inArticle = new LinkedHashSet<>();
        for (Reference f : r.references()) {
            if (f.isCountry() && f.actor().country() != null) {
                inArticle.add(f.actor().country());
                if (f.sentence() == s) {
                    inSentence.add(f.actor().country());
                }
            }
        }
        if (inSentence.size() == 1) {
            return inSentence.iterator().next();
        }
        return inSentence.isEmpty() && inArticle.size() == 1 ? inArticle.iterator().next() : null;
    }
}

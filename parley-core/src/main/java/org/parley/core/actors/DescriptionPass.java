package org.parley.core.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Token;

/**
 * Descriptions that stand for a person met in the article: "the" (or a shared "the" after "X and",
 * or nothing in a headline), an optional country modifier, then a title ("the Secretary", "the
 * Party chief") or a {@link DescriptionNouns description noun} ("the US diplomat", "the host").
 * Reads the unclaimed tokens, the COUNTRY references and the people's references; adds a
 * DESCRIPTION reference to the person {@link DescribedPeople} finds. A country modifier already
 * taken as a COUNTRY reference joins the description ("Vietnamese PM" in a headline).
 */
final class DescriptionPass extends ClaimingPass {

    private static final int LONGEST_COUNTRY = 3;
    /** "the host country": "host" qualifies a noun, it stands for nobody. */
    private static final Set<String> HOST_PLACES = Set.of("country", "nation", "city");

    private final Countries countries;
    private final DescribedPeople described;

    DescriptionPass(Countries countries, DescribedPeople described) {
        super(new Contract(Set.of(ReadingFact.COUNTRIES, ReadingFact.GROUNDED_PEOPLE, ReadingFact.SHORT_FORMS),
                ReadingFact.DESCRIPTIONS));
        this.countries = countries;
        this.described = described;
    }

    /** Unclaimed tokens, and in a headline a country reference, which a description may take in. */
    @Override
    boolean reads(ArticleReading r, int s, int i) {
        return super.reads(r, s, i) || r.sections().isHeading(s) && isCountryAt(r, s, i, -1);
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        List<String> words = r.words(s);
        boolean headline = r.sections().isHeading(s);
        boolean determiner = words.get(i).equalsIgnoreCase("the");
        boolean sharedDeterminer = i > 0 && words.get(i - 1).equals("and") && personEndsAt(r, s, i - 1);
        boolean bareInHeadline = headline && TokenRuns.startsUpper(words.get(i));
        if (!determiner && !sharedDeterminer && !bareInHeadline) {
            return Step.nothingAt(i);
        }
        int j = determiner ? i + 1 : i;
        Optional<NameModifiers.CountryModifier> mod = countryModifierAt(r, s, j);
        if (mod.isPresent()) {
            j = mod.get().end();
        }
        if (j >= toks.size() || r.isClaimed(s, j)) {
            return Step.nothingAt(i);
        }
        Optional<Titles.Match> title = Titles.startingAt(words, j);
        DescriptionNouns.Noun noun = null;
        int end;
        if (title.isPresent()) {
            end = title.get().end();
        } else if (DescriptionNouns.of(words.get(j)).isPresent()) {
            noun = DescriptionNouns.of(words.get(j)).get();
            end = j + 1;
        } else {
            return Step.nothingAt(i);
        }
        if (end < toks.size() && (TokenRuns.isPersonTag(toks.get(end)) || r.claimedAny(s, end, end + 1)
                && isPersonAt(r, s, end))) {
            return Step.nothingAt(i); // a title before a name: handled as a named or short mention
        }
        if (end < toks.size() && noun != null && toks.get(end).pos().isNoun()
                && !toks.get(end).pos().isProperNoun()) {
            return Step.nothingAt(i); // "the official visit": an adjective
        }
        if (noun != null && noun.antecedent() == DescriptionNouns.Antecedent.HOST && end < toks.size()
                && (TokenRuns.isPossessive(toks.get(end).word()) || HOST_PLACES.contains(words.get(end)))) {
            return Step.nothingAt(i);
        }
        if (title.isEmpty() && mod.isEmpty() && noun != null && !noun.bare() && !determiner) {
            return Step.nothingAt(i);
        }
        String country = mod.map(m -> m.country().alpha3()).orElse(null);
        Person p = described.resolve(r, s, i, title.map(Titles.Match::entry).orElse(null), noun, country);
        if (p == null) {
            return Step.nothingAt(i);
        }
        // A country modifier already taken as a country mention belongs to this description now.
        int begin = i;
        if (mod.isPresent() && !determiner) {
            int b = mod.get().begin();
            int e = end;
            r.remove(f -> f.sentence() == s && f.begin() >= b && f.begin() < e && f.isCountry());
            begin = b;
        }
        // read on at the next token: in a headline, a country reference the description kept is read again
        return new Step(List.of(Reference.toPerson(s, begin, end, ActorMention.Basis.DESCRIPTION, p)), i + 1);
    }

    /** "US", "Vietnamese" at {@code j}, unclaimed or a COUNTRY reference, before a further word. */
    private Optional<NameModifiers.CountryModifier> countryModifierAt(ArticleReading r, int s, int j) {
        List<Token> toks = r.tokens(s);
        for (int len = Math.min(LONGEST_COUNTRY, toks.size() - j); len >= 1; len--) {
            if (r.claimedAny(s, j, j + len) && !isCountryAt(r, s, j, j + len) || !TokenRuns.nameLike(toks, j, j + len)) {
                continue;
            }
            Optional<Country> c = countries.byName(TokenRuns.written(toks, j, j + len));
            if (c.isPresent() && TokenRuns.startsUpper(toks.get(j).word()) && j + len < toks.size()) {
                return Optional.of(new NameModifiers.CountryModifier(j, j + len, c.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether a COUNTRY reference starts at {@code b} (and ends at {@code e}, unless -1). */
    private static boolean isCountryAt(ArticleReading r, int s, int b, int e) {
        return r.references().stream().anyMatch(f -> f.sentence() == s && f.begin() == b && (e < 0 || f.end() == e)
                && f.isCountry());
    }

    private static boolean isPersonAt(ArticleReading r, int s, int i) {
        return r.references().stream().anyMatch(f -> f.sentence() == s && f.begin() <= i && i < f.end() && f.isPerson());
    }

    private static boolean personEndsAt(ArticleReading r, int s, int end) {
        return r.references().stream().anyMatch(f -> f.sentence() == s && f.end() == end && f.isPerson());
    }
}

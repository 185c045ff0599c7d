package org.parley.core.actors;

import java.util.List;
import java.util.Optional;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Token;

/**
 * What news writes before a name and belongs to its mention: a title ("Secretary of State") and,
 * before the title, a country ("US", "Vietnam 's", "Vietnamese"). Shared by the passes that read
 * names of people and organisations; reads only unclaimed tokens. Immutable and thread-safe.
 */
final class NameModifiers {

    /** A country modifier: its words are tokens {@code [begin, end)}. */
    record CountryModifier(int begin, int end, Country country) {
    }

    private static final int PORTFOLIO_WORDS = 3;

    private final Countries countries;

    NameModifiers(Countries countries) {
        this.countries = countries;
    }

    /**
     * The first token of a mention whose name starts at {@code nameBegin}: before an unclaimed title
     * and the country modifier before it, when there are. The title and country are told to
     * {@code heard} (null: nobody to tell).
     */
    int mentionBegin(ArticleReading r, int s, int nameBegin, Person heard) {
        Optional<Titles.Match> title = Titles.endingAt(r.words(s), nameBegin);
        if (title.isEmpty() || r.claimedAny(s, title.get().begin(), nameBegin)) {
            return nameBegin;
        }
        Titles.Match m = title.get();
        if (heard != null) {
            heard.heardTitle(m);
        }
        int begin = m.begin();
        Optional<CountryModifier> mod = countryBefore(r, s, begin);
        if (mod.isEmpty() && m.entry().generic()) {
            // "British Defence Secretary Tom King", "Serbian Labour Minister X": a generic title's
            // portfolio words stand between it and the country
            int portfolio = portfolioBegin(r, s, begin);
            mod = portfolio < begin ? countryBefore(r, s, portfolio) : Optional.empty();
            if (mod.isPresent()) {
                begin = portfolio;
            }
        }
        if (mod.isPresent()) {
            if (heard != null) {
                heard.heardCountry(mod.get().country().alpha3());
            }
            begin = mod.get().begin();
        }
        return begin;
    }

    /**
     * The first of up to {@value #PORTFOLIO_WORDS} unclaimed capitalised words ("Defence", "Planning
     * and Investment") right before a generic title starting at {@code title}; {@code title} when none.
     */
    private int portfolioBegin(ArticleReading r, int s, int title) {
        List<Token> toks = r.tokens(s);
        int begin = title;
        int words = 0;
        for (int k = title - 1; k >= 0 && words < PORTFOLIO_WORDS && !r.isClaimed(s, k); k--) {
            String w = toks.get(k).word();
            if (w.equals("and") && begin < title && k > 0 && TokenRuns.startsUpper(toks.get(k - 1).word())) {
                continue; // "Planning and Investment"
            }
            if (!TokenRuns.startsUpper(w) || !toks.get(k).pos().isNoun() || TokenRuns.isPersonTag(toks.get(k))
                    || countries.byName(w).isPresent()) {
                break;
            }
            begin = k;
            words++;
        }
        return begin;
    }

    /** An unclaimed country, abbreviation or demonym of up to three words ending right before {@code end}. */
    Optional<CountryModifier> countryBefore(ArticleReading r, int s, int end) {
        List<Token> toks = r.tokens(s);
        int last = end - 1;
        if (last >= 1 && TokenRuns.isPossessive(toks.get(last).word())) {
            last--;
        }
        for (int len = Math.min(3, last + 1); len >= 1; len--) {
            int b = last - len + 1;
            if (r.claimedAny(s, b, last + 1) || !TokenRuns.startsUpper(toks.get(b).word())
                    || !TokenRuns.nameLike(toks, b, last + 1)) {
                continue;
            }
            Optional<Country> c = countries.byName(TokenRuns.written(toks, b, last + 1));
            if (c.isPresent()) {
                return Optional.of(new CountryModifier(b, last + 1, c.get()));
            }
        }
        return Optional.empty();
    }
}

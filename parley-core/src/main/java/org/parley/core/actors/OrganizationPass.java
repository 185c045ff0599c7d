package org.parley.core.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.TsvRows;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.PlaceNames;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityType;
import org.parley.model.Token;

/**
 * Organisations. Reads the unclaimed tokens; adds a reference for each organisation — a name or
 * alias of {@link Organizations} (the longest, up to eight words), else a run of ORGANIZATION-tagged
 * words, else "Ministry of/for ..." — with its country: from a country word leading the name ("US
 * Department of State"), a country modifier before it, "of Vietnam" after it, or a country inside the
 * name. An acronym in brackets after the name ("(EXIM)") becomes the article's alias for it; a later
 * acronym mention is a SHORT_FORM. A title is no organisation: it is skipped; nor is a tagged run
 * whose head is a document or plan ({@code non-actor-heads.tsv}: "MOU", "the Paris Agreement").
 */
final class OrganizationPass implements ReadingPass {

    // a name and its title are no organisation
    private static final Contract CONTRACT = new Contract(Set.of(ReadingFact.FULL_NAMES), ReadingFact.ORGANIZATIONS);

    private static final int LONGEST_NAME = 8;
    private static final Set<String> NON_ACTOR_HEADS = Set.copyOf(
            TsvRows.bundled(OrganizationPass.class, "non-actor-heads.tsv", 1, row -> row.cell(0)));

    private final Organizations organizations;
    private final Countries countries;
    private final NameModifiers modifiers;

    OrganizationPass(Organizations organizations, Countries countries, NameModifiers modifiers) {
        this.organizations = organizations;
        this.countries = countries;
        this.modifiers = modifiers;
    }

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void apply(ArticleReading r) {
        ArticleOrganizations article = new ArticleOrganizations(r);
        for (int s = 0; s < r.sentenceCount(); s++) {
            article.read(s);
        }
    }

    /** One article's organisations, with the acronyms it defines. */
    private final class ArticleOrganizations {

        private final ArticleReading r;
        private final Map<String, Actor> aliases = new LinkedHashMap<>();

        ArticleOrganizations(ArticleReading r) {
            this.r = r;
        }

        void read(int s) {
            List<Token> toks = r.tokens(s);
            int i = 0;
            while (i < toks.size()) {
                if (r.isClaimed(s, i)) {
                    i++;
                    continue;
                }
                int end = knownEnd(toks, s, i);
                boolean known = end > i;
                Optional<Titles.Match> title = Titles.startingAt(r.words(s), i);
                if (!known && title.isPresent() && title.get().end() > i + 1) {
                    i = title.get().end();
                    continue;
                }
                if (!known && isOrganizationTag(toks.get(i))) {
                    end = i;
                    while (end < toks.size() && !r.isClaimed(s, end) && isOrganizationTag(toks.get(end))) {
                        end++;
                    }
                    if (NON_ACTOR_HEADS.contains(toks.get(end - 1).word().toLowerCase(Locale.ROOT))) {
                        i = end; // "MOU", "the Paris Agreement": a document, not an actor
                        continue;
                    }
                }
                if (!known && end <= i && toks.get(i).word().equals("Ministry")) {
                    end = ministryEnd(toks, i);
                }
                if (end <= i) {
                    i++;
                    continue;
                }
                add(s, i, end);
                i = end;
            }
        }

        private Optional<Actor> known(String name) {
            return organizations.byName(name).or(() -> Optional.ofNullable(aliases.get(PlaceNames.normalize(name))));
        }

        private int knownEnd(List<Token> toks, int s, int i) {
            if (!TokenRuns.startsUpper(toks.get(i).word())) {
                return i;
            }
            for (int len = Math.min(LONGEST_NAME, toks.size() - i); len >= 1; len--) {
                if (r.claimedAny(s, i, i + len) || !TokenRuns.nameLike(toks, i, i + len)) {
                    continue;
                }
                if (known(TokenRuns.written(toks, i, i + len)).isPresent()) {
                    // "the United States" inside a longer organisation name is not this organisation.
                    int after = i + len;
                    if (after < toks.size() && isOrganizationTag(toks.get(after)) && isOrganizationTag(toks.get(i))
                            && len == 1) {
                        return i;
                    }
                    return after;
                }
            }
            return i;
        }

        private void add(int s, int begin, int end) {
            List<Token> toks = r.tokens(s);
            String core = TokenRuns.written(toks, begin, end);
            int mentionBegin = begin;
            String country = null;
            Optional<Actor> known = known(core);
            // A leading country word tagged as part of the name: "US Department of State", "Vietnam Development Bank".
            for (int len = Math.min(3, end - begin - 1); len >= 1 && known.isEmpty(); len--) {
                Optional<Country> c = countryAt(toks, begin, begin + len);
                if (c.isPresent()) {
                    Optional<Actor> restKnown = organizations.byName(TokenRuns.written(toks, begin + len, end));
                    if (restKnown.isPresent() && restKnown.get().country() != null
                            && restKnown.get().country().equals(c.get().alpha3())) {
                        known = restKnown;
                    }
                    country = c.get().alpha3();
                    break;
                }
            }
            Optional<NameModifiers.CountryModifier> mod = modifiers.countryBefore(r, s, begin);
            if (mod.isPresent() && known.isEmpty()) {
                country = mod.get().country().alpha3();
                mentionBegin = mod.get().begin();
            }
            int mentionEnd = end;
            // "... Ministry of Foreign Affairs of Vietnam": the country after the name.
            if (known.isEmpty() && end + 1 < toks.size() && toks.get(end).word().equals("of")) {
                for (int len = Math.min(3, toks.size() - end - 1); len >= 1; len--) {
                    Optional<Country> c = countryAt(toks, end + 1, end + 1 + len);
                    if (c.isPresent() && !r.claimedAny(s, end + 1, end + 1 + len)) {
                        country = c.get().alpha3();
                        mentionEnd = end + 1 + len;
                        break;
                    }
                }
            }
            Actor actor;
            if (known.isPresent()) {
                actor = known.get();
            } else {
                String name = core.replaceFirst("^(the|The) ", "");
                if (country == null) {
                    country = containedCountry(toks, begin, end);
                }
                actor = new Actor(name, ActorKind.ORGANIZATION, null, country, Organizations.sectorFromName(name));
            }
            // "(EXIM)" after the name: an alias for later mentions.
            if (mentionEnd + 2 < toks.size() && toks.get(mentionEnd).word().equals("(")
                    && toks.get(mentionEnd + 2).word().equals(")")) {
                String alias = toks.get(mentionEnd + 1).word();
                if (alias.length() >= 2 && alias.equals(alias.toUpperCase(Locale.ROOT))) {
                    aliases.putIfAbsent(PlaceNames.normalize(alias), actor);
                    r.claim(s, mentionEnd, mentionEnd + 3);
                }
            }
            boolean acronym = aliases.containsKey(PlaceNames.normalize(core)) && known.isPresent()
                    && core.equals(core.toUpperCase(Locale.ROOT));
            r.claim(Reference.toActor(s, mentionBegin, mentionEnd,
                    acronym ? ActorMention.Basis.SHORT_FORM : ActorMention.Basis.NAMED, actor));
        }
    }

    private Optional<Country> countryAt(List<Token> toks, int begin, int end) {
        return TokenRuns.nameLike(toks, begin, end) ? countries.byName(TokenRuns.written(toks, begin, end))
                : Optional.empty();
    }

    /** The first country named inside {@code [begin, end)}, or null. */
    private String containedCountry(List<Token> toks, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (!TokenRuns.startsUpper(toks.get(k).word())) {
                continue;
            }
            for (int len = Math.min(3, end - k); len >= 1; len--) {
                Optional<Country> c = countryAt(toks, k, k + len);
                if (c.isPresent()) {
                    return c.get().alpha3();
                }
            }
        }
        return null;
    }

    /** "Ministry of Foreign Affairs", "Ministry for Trade and Industry": the end of the name, or {@code i}. */
    private static int ministryEnd(List<Token> toks, int i) {
        int end = i + 1;
        if (end < toks.size() && Set.of("of", "for").contains(toks.get(end).word())) {
            end++;
            while (end < toks.size() && (TokenRuns.startsUpper(toks.get(end).word())
                    || Set.of("and", "&").contains(toks.get(end).word()))) {
                end++;
            }
            if (toks.get(end - 1).word().equals("and")) {
                end--;
            }
            return end;
        }
        return i;
    }

    private static boolean isOrganizationTag(Token t) {
        return t.ner() == EntityType.ORGANIZATION;
    }
}

package org.parley.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.kb.OfficeHolders;
import org.parley.core.kb.OfficeTerm;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.core.places.Gazetteer;
import org.parley.core.places.Place;
import org.parley.core.places.PlaceNames;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedText;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * One resolution run over one article; not thread-safe, used once. Works in passes, each only on
 * tokens no earlier pass claimed:
 * <ol>
 *   <li>full names of people (entity tags, or a knowledge-base name) with the title and country
 *       modifier before them and an apposition after; organisations; countries;</li>
 *   <li>short forms of the people met in the article ("Son", "Secretary Blinken", "PM Chinh"),
 *       nearest full mention first, earlier before later;</li>
 *   <li>descriptions ("the Secretary", "the Party chief", "the US diplomat", "the host"), nearest
 *       compatible person in the section, then later in the section (headlines), then earlier in
 *       the article; groups ("the two sides", "both", "they");</li>
 *   <li>pronouns he/his/him/she/her, only when one person fits.</li>
 * </ol>
 * Sections: a sentence without final punctuation is a headline and starts a new section.
 */
final class ArticleReading {

    private final AnnotatedText text;
    private final LocalDate date;
    private final OfficeHolders kb;
    private final Countries countries;
    private final Gazetteer gazetteer;
    private final Organizations organizations;

    private final List<Sentence> sentences;
    private final boolean[][] claimed;
    private final int[] section;
    private final boolean[] headline;
    private final List<Found> found = new ArrayList<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Actor> orgAliases = new LinkedHashMap<>();

    ArticleReading(AnnotatedText text, LocalDate date, OfficeHolders kb, Countries countries, Gazetteer gazetteer,
                   Organizations organizations) {
        this.text = text;
        this.date = date;
        this.kb = kb;
        this.countries = countries;
        this.gazetteer = gazetteer;
        this.organizations = organizations;
        this.sentences = text.sentences();
        this.claimed = new boolean[sentences.size()][];
        this.section = new int[sentences.size()];
        this.headline = new boolean[sentences.size()];
        int current = 0;
        for (int s = 0; s < sentences.size(); s++) {
            claimed[s] = new boolean[sentences.get(s).tokens().size()];
            headline[s] = isHeadline(sentences.get(s));
            if (headline[s] && s > 0 && !headline[s - 1]) {
                current++;
            }
            section[s] = current;
        }
    }

    /** A person met in the article, gathered from all its full mentions. */
    private final class Person {
        final String name;
        final List<OfficeTerm> terms;
        Titles.Title title;
        String appositionRole;
        String modifierCountry;
        final Set<String> shortKeys = new LinkedHashSet<>();
        Actor actor;

        Person(String name, List<OfficeTerm> terms) {
            this.name = name;
            this.terms = terms;
        }

        Actor actor() {
            if (actor == null) {
                actor = ground();
            }
            return actor;
        }

        private Actor ground() {
            // An apposition says what the person is in this text ("Le Hoai Trung, head of ..."):
            // it beats a knowledge-base term of another time.
            boolean byApposition = appositionRole != null && (title == null || title.generic());
            OfficeTerm term = byApposition ? null : chooseTerm();
            String role;
            String sector;
            if (term != null) {
                role = Titles.roleOf(term);
                sector = term.sector();
            } else if (title != null) {
                role = title.role();
                sector = title.sector();
            } else if (appositionRole != null) {
                role = appositionRole;
                sector = appositionRole.contains("Party") ? "PTY" : "GOV";
            } else {
                role = null;
                sector = null;
            }
            if (byApposition) {
                role = appositionRole;
                sector = appositionRole.contains("Party") ? "PTY" : "GOV";
            }
            String country = term != null ? term.country() : modifierCountry;
            if (country == null && !terms.isEmpty()) {
                // Nationality does not change with office: any term of the person grounds it.
                country = terms.get(terms.size() - 1).country();
            }
            if (country != null && !country.matches("[A-Z]{3}")) {
                country = null;
            }
            if (country != null && countries.byCode(country).isEmpty()) {
                country = null; // EUR, AFR: bodies, not countries
            }
            return new Actor(name, ActorKind.PERSON, role, country, sector);
        }

        private OfficeTerm chooseTerm() {
            if (terms.isEmpty()) {
                return null;
            }
            String office = title == null ? null : title.office();
            List<OfficeTerm> pool = date == null ? terms : terms.stream().filter(t -> t.isActiveOn(date)).toList();
            if (pool.isEmpty()) {
                return null;
            }
            if (office != null) {
                Optional<OfficeTerm> same = pool.stream().filter(t -> t.office().equals(office))
                        .max(Comparator.comparing(OfficeTerm::start));
                if (same.isPresent()) {
                    return same.get();
                }
                // A specific title the knowledge base does not give this person: trust the text.
                return null;
            }
            if (title != null && !title.generic()) {
                return null;
            }
            return pool.stream().max(Comparator.comparing(OfficeTerm::start)).orElseThrow();
        }
    }

    /** A resolved reference before it becomes an {@link ActorMention}; the actor is fixed late. */
    private record Found(int sentence, int begin, int end, ActorMention.Basis basis, Person person, Actor actor,
                         int group) {
        Actor resolved() {
            return person != null ? person.actor() : actor;
        }

        boolean isPerson() {
            return person != null || actor.kind() == ActorKind.PERSON;
        }
    }

    List<ActorMention> read() {
        for (int s = 0; s < sentences.size(); s++) {
            findFullNames(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findOrganizations(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findCountries(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findCollectives(s);
        }
        groundMinistries();
        people.values().forEach(Person::actor);
        for (int s = 0; s < sentences.size(); s++) {
            findShortForms(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findDescriptions(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findGroups(s);
        }
        for (int s = 0; s < sentences.size(); s++) {
            findPronouns(s);
            findReportedIt(s);
        }
        found.sort(Comparator.comparingInt(Found::sentence).thenComparingInt(Found::begin));
        List<ActorMention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            List<Token> toks = sentences.get(f.sentence()).tokens();
            Span span = new Span(toks.get(f.begin()).span().begin(), toks.get(f.end() - 1).span().end());
            out.add(new ActorMention(f.sentence(), f.begin(), f.end(), span, written(toks, f.begin(), f.end()),
                    f.resolved(), f.basis()));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- pass 1: people

    private void findFullNames(int s) {
        List<Token> toks = tokens(s);
        int i = 0;
        while (i < toks.size()) {
            int end = kbNameEnd(toks, i);
            String name = null;
            List<OfficeTerm> terms = List.of();
            if (end > i) {
                name = joined(toks, i, end);
                terms = kb.termsOf(name);
            } else if (isPersonTag(toks.get(i))) {
                end = i;
                while (end < toks.size() && isPersonTag(toks.get(end))) {
                    end++;
                }
                int first = i;
                while (first < end && Titles.isTitleWord(toks.get(first).word())) {
                    first++; // "Secretary Blinken" tagged PERSON as a whole
                }
                if (end - first < 2) {
                    i = end;
                    continue; // single words are short forms: pass 2
                }
                i = first;
                name = joined(toks, i, end);
                terms = kb.termsOf(name);
            }
            if (name == null) {
                i++;
                continue;
            }
            String canonical = terms.isEmpty() ? name : terms.get(0).name();
            Person p = people.computeIfAbsent(key(canonical), k -> new Person(canonical, kb.termsOf(canonical)));
            p.shortKeys.add(key(toks.get(end - 1).word()));
            for (OfficeTerm t : p.terms) {
                if (!t.shortName().isBlank()) {
                    p.shortKeys.add(key(t.shortName()));
                }
            }
            int begin = extendWithTitle(s, i, p);
            appositionAfter(s, end, p);
            claim(s, begin, end);
            found.add(new Found(s, begin, end, ActorMention.Basis.NAMED, p, null, -1));
            i = end;
        }
    }

    /** End of the longest run of capitalised words from {@code i} that is a full name in the knowledge base. */
    private int kbNameEnd(List<Token> toks, int i) {
        for (int len = Math.min(5, toks.size() - i); len >= 2; len--) {
            boolean caps = true;
            for (int k = i; k < i + len; k++) {
                String w = toks.get(k).word();
                caps &= !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("."));
            }
            if (caps && nameLike(toks, i, i + len) && !kb.termsOf(joined(toks, i, i + len)).isEmpty()) {
                return i + len;
            }
        }
        return i;
    }

    /** Claims the title and country modifier before a name; returns the mention's first token. */
    private int extendWithTitle(int s, int nameBegin, Person p) {
        List<String> words = words(s);
        Optional<Titles.Match> title = Titles.endingAt(words, nameBegin);
        if (title.isEmpty() || claimedAny(s, title.get().begin(), nameBegin)) {
            return nameBegin;
        }
        Titles.Match m = title.get();
        if (p != null && (p.title == null || p.title.generic()) && !m.title().generic()) {
            p.title = m.title();
        } else if (p != null && p.title == null) {
            p.title = m.title();
        }
        int begin = m.begin();
        Optional<Modifier> mod = modifierBefore(s, begin);
        if (mod.isPresent()) {
            if (p != null && p.modifierCountry == null) {
                p.modifierCountry = mod.get().country().alpha3();
            }
            begin = mod.get().begin();
        }
        return begin;
    }

    private record Modifier(int begin, Country country) {
    }

    /** A country, abbreviation or demonym ending right before {@code end} ("US", "Vietnam 's", "Vietnamese"). */
    private Optional<Modifier> modifierBefore(int s, int end) {
        List<Token> toks = tokens(s);
        int last = end - 1;
        if (last >= 1 && isPossessive(toks.get(last).word())) {
            last--;
        }
        for (int len = Math.min(3, last + 1); len >= 1; len--) {
            int b = last - len + 1;
            if (claimedAny(s, b, last + 1) || !Character.isUpperCase(toks.get(b).word().charAt(0))
                    || !nameLike(toks, b, last + 1)) {
                continue;
            }
            Optional<Country> c = countries.byName(joined(toks, b, last + 1));
            if (c.isPresent()) {
                return Optional.of(new Modifier(b, c.get()));
            }
        }
        return Optional.empty();
    }

    /** ", head of the Party Central Committee's Commission for External Relations," after a name. */
    private void appositionAfter(int s, int nameEnd, Person p) {
        List<Token> toks = tokens(s);
        if (nameEnd + 2 >= toks.size() || !toks.get(nameEnd).word().equals(",")) {
            return;
        }
        String head = toks.get(nameEnd + 1).word().toLowerCase(Locale.ROOT);
        boolean roleNoun = Set.of("head", "chairman", "chairwoman", "chair", "director", "chief", "deputy",
                "secretary", "minister", "spokesperson", "spokesman", "president", "leader", "ambassador",
                "vice").contains(head);
        if (!roleNoun) {
            return;
        }
        int end = nameEnd + 1;
        while (end < toks.size() && end - nameEnd <= 14 && !Set.of(",", ".", ";", ":", "(").contains(
                toks.get(end).word())) {
            end++;
        }
        String role = written(toks, nameEnd + 1, end).replace(" ’s", "’s").replace(" 's", "'s");
        p.appositionRole = Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

    // ---------------------------------------------------------------- pass 1: organisations

    private void findOrganizations(int s) {
        List<Token> toks = tokens(s);
        int i = 0;
        while (i < toks.size()) {
            if (claimed[s][i]) {
                i++;
                continue;
            }
            int end = knownOrgEnd(toks, s, i);
            boolean known = end > i;
            Optional<Titles.Match> title = Titles.startingAt(words(s), i);
            if (!known && title.isPresent() && title.get().end() > i + 1) {
                i = title.get().end();
                continue;
            }
            if (!known && "ORGANIZATION".equals(toks.get(i).ner())) {
                end = i;
                while (end < toks.size() && !claimed[s][end] && "ORGANIZATION".equals(toks.get(end).ner())) {
                    end++;
                }
            }
            if (!known && end <= i && toks.get(i).word().equals("Ministry")) {
                end = ministryEnd(toks, i);
            }
            if (end <= i) {
                i++;
                continue;
            }
            addOrganization(s, i, end);
            i = end;
        }
    }

    private int knownOrgEnd(List<Token> toks, int s, int i) {
        if (!Character.isUpperCase(toks.get(i).word().charAt(0))) {
            return i;
        }
        for (int len = Math.min(8, toks.size() - i); len >= 1; len--) {
            if (claimedAny(s, i, i + len) || !nameLike(toks, i, i + len)) {
                continue;
            }
            String name = joined(toks, i, i + len);
            if (organizations.byName(name).isPresent() || orgAliases.containsKey(PlaceNames.normalize(name))) {
                // "the United States" inside a longer organisation name is not this organisation.
                int after = i + len;
                if (after < toks.size() && "ORGANIZATION".equals(toks.get(after).ner())
                        && "ORGANIZATION".equals(toks.get(i).ner()) && len == 1) {
                    return i;
                }
                return after;
            }
        }
        return i;
    }

    private static int ministryEnd(List<Token> toks, int i) {
        int end = i + 1;
        if (end < toks.size() && Set.of("of", "for").contains(toks.get(end).word())) {
            end++;
            while (end < toks.size() && (Character.isUpperCase(toks.get(end).word().charAt(0))
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

    private void addOrganization(int s, int begin, int end) {
        List<Token> toks = tokens(s);
        String core = joined(toks, begin, end);
        int mentionBegin = begin;
        String country = null;
        Optional<Actor> known = organizations.byName(core).or(() -> Optional.ofNullable(
                orgAliases.get(PlaceNames.normalize(core))));
        // A leading country word tagged as part of the name: "US Department of State", "Vietnam Development Bank".
        for (int len = Math.min(3, end - begin - 1); len >= 1 && known.isEmpty(); len--) {
            Optional<Country> c = nameLike(toks, begin, begin + len)
                    ? countries.byName(joined(toks, begin, begin + len)) : Optional.empty();
            if (c.isPresent()) {
                String rest = joined(toks, begin + len, end);
                Optional<Actor> restKnown = organizations.byName(rest);
                if (restKnown.isPresent() && restKnown.get().country() != null
                        && restKnown.get().country().equals(c.get().alpha3())) {
                    known = restKnown;
                }
                country = c.get().alpha3();
                break;
            }
        }
        Optional<Modifier> mod = modifierBefore(s, begin);
        if (mod.isPresent() && known.isEmpty()) {
            country = mod.get().country().alpha3();
            mentionBegin = mod.get().begin();
        }
        int mentionEnd = end;
        // "... Ministry of Foreign Affairs of Vietnam": the country after the name.
        if (known.isEmpty() && end + 1 < toks.size() && toks.get(end).word().equals("of")) {
            for (int len = Math.min(3, toks.size() - end - 1); len >= 1; len--) {
                Optional<Country> c = nameLike(toks, end + 1, end + 1 + len)
                        ? countries.byName(joined(toks, end + 1, end + 1 + len)) : Optional.empty();
                if (c.isPresent() && !claimedAny(s, end + 1, end + 1 + len)) {
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
                orgAliases.putIfAbsent(PlaceNames.normalize(alias), actor);
                claim(s, mentionEnd, mentionEnd + 3);
            }
        }
        claim(s, mentionBegin, mentionEnd);
        ActorMention.Basis basis = orgAliases.containsKey(PlaceNames.normalize(core)) && known.isPresent()
                && core.equals(core.toUpperCase(Locale.ROOT)) ? ActorMention.Basis.SHORT_FORM : ActorMention.Basis.NAMED;
        found.add(new Found(s, mentionBegin, mentionEnd, basis, null, actor, -1));
    }

    private String containedCountry(List<Token> toks, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (!Character.isUpperCase(toks.get(k).word().charAt(0))) {
                continue;
            }
            for (int len = Math.min(3, end - k); len >= 1; len--) {
                if (!nameLike(toks, k, k + len)) {
                    continue;
                }
                Optional<Country> c = countries.byName(joined(toks, k, k + len));
                if (c.isPresent()) {
                    return c.get().alpha3();
                }
            }
        }
        return null;
    }

    /**
     * Gives a ministry named without its country ("the Ministry of Foreign Affairs") the single
     * country among the article's country mentions that has ministries. The United States has
     * departments, not ministries, so in a US–Vietnam report it is Vietnam's.
     */
    private void groundMinistries() {
        Set<String> seen = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.basis() == ActorMention.Basis.COUNTRY) {
                seen.add(f.actor().country());
            }
        }
        seen.remove("USA");
        if (seen.size() != 1) {
            return;
        }
        String country = seen.iterator().next();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.person() == null && f.actor().kind() == ActorKind.ORGANIZATION && f.actor().country() == null
                    && Organizations.isMinistry(f.actor().name())) {
                Actor a = f.actor();
                found.set(k, new Found(f.sentence(), f.begin(), f.end(), f.basis(), null,
                        new Actor(a.name(), a.kind(), a.role(), country, a.sector()), f.group()));
            }
        }
    }

    // ---------------------------------------------------------------- pass 1: countries

    private void findCountries(int s) {
        List<Token> toks = tokens(s);
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (claimed[s][i] || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))
                    || isPersonTag(t)) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            Country country = null;
            for (int len = Math.min(4, toks.size() - i); len >= 1; len--) {
                if (claimedAny(s, i, i + len) || !nameLike(toks, i, i + len)) {
                    continue;
                }
                Optional<Country> c = countries.byName(joined(toks, i, i + len));
                if (c.isPresent()) {
                    matchedEnd = i + len;
                    country = c.get();
                    break;
                }
            }
            if (country != null && isDemonymBeforePlace(toks, matchedEnd)) {
                country = null;
            }
            if (country == null) {
                Optional<Country> capital = asAgentCapital(toks, i);
                if (capital.isPresent()) {
                    country = capital.get();
                    matchedEnd = i + 1;
                }
            }
            if (country == null) {
                Optional<Country> people = pluralDemonym(s, i);
                if (people.isPresent()) {
                    // "Albanians", "Palestinians": the people of a country, not its state
                    claim(s, i, i + 1);
                    found.add(new Found(s, i, i + 1, ActorMention.Basis.DESCRIPTION, null,
                            new Actor(t.word(), ActorKind.GROUP, null, people.get().alpha3(), "CVL"), -1));
                }
                i++;
                continue;
            }
            int end = matchedEnd;
            if (end < toks.size() && toks.get(end).word().equalsIgnoreCase("side")) {
                end++; // "the US side"
            }
            claim(s, i, end);
            found.add(new Found(s, i, end, ActorMention.Basis.COUNTRY, null,
                    Actor.country(country.name(), country.alpha3()), -1));
            i = end;
        }
    }

    /** The country of a plural demonym at {@code i} ("Albanians", "Nigerians"), if it is one. */
    private Optional<Country> pluralDemonym(int s, int i) {
        Token t = tokens(s).get(i);
        String w = t.word();
        if (w.length() < 5 || !w.endsWith("s") || !t.pos().startsWith("NN")) {
            return Optional.empty();
        }
        String singular = w.substring(0, w.length() - 1);
        return countries.byName(singular).filter(c -> !c.name().equalsIgnoreCase(singular));
    }

    /** "Indian Ocean", "Asian Development Bank": a demonym that is part of a place name. */
    private static boolean isDemonymBeforePlace(List<Token> toks, int end) {
        if (end >= toks.size()) {
            return false;
        }
        Token next = toks.get(end);
        return "LOCATION".equals(next.ner()) && Character.isUpperCase(next.word().charAt(0));
    }

    /** "Washington said", "Hanoi's stance": a capital standing for its government (not "in Hanoi"). */
    private Optional<Country> asAgentCapital(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!"CITY".equals(t.ner()) && !"LOCATION".equals(t.ner()) && !"STATE_OR_PROVINCE".equals(t.ner())) {
            return Optional.empty();
        }
        if (i + 1 >= toks.size()) {
            return Optional.empty();
        }
        Token next = toks.get(i + 1);
        boolean agent = next.pos().startsWith("VB") || next.pos().equals("MD") || isPossessive(next.word());
        boolean afterPreposition = i > 0 && (toks.get(i - 1).pos().equals("IN") || toks.get(i - 1).pos().equals("TO"));
        if (!agent || afterPreposition) {
            return Optional.empty();
        }
        return countries.byCapital(t.word());
    }

    // ---------------------------------------------------------------- pass 1: collectives

    /**
     * Bodies of people named by a common noun ({@link CollectiveNouns}): a country mention grows
     * over the noun it qualifies ("Israeli troops", "Burundi's government", "Hungarian and
     * Romanian officials" — one mention per country, same tokens); a noun alone ("police",
     * "the army", "rebels") takes the country it is placed in ("police in Zimbabwe"), else the only
     * country of its sentence, else the only one of the article, else none.
     */
    private void findCollectives(int s) {
        List<Token> toks = tokens(s);
        List<Integer> countryFounds = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.sentence() == s && f.basis() == ActorMention.Basis.COUNTRY) {
                countryFounds.add(k);
            }
        }
        countryFounds.sort(Comparator.comparingInt(k -> found.get(k).begin()));
        // right to left, so "Hungarian and Romanian officials" sees Romanian's noun first
        int sharedBegin = -1;
        int sharedEnd = -1;
        for (int n = countryFounds.size() - 1; n >= 0; n--) {
            int k = countryFounds.get(n);
            Found f = found.get(k);
            int nounAt = collectiveAfter(s, f.end());
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
            claim(s, f.begin(), end);
            Actor country = f.actor();
            Actor actor = c.state() ? country : new Actor(collectiveName(country, noun), c.kind(), null,
                    country.country(), c.sector());
            found.set(k, new Found(s, f.begin(), end, ActorMention.Basis.COUNTRY, null, actor, f.group()));
            if (coordinated) {
                for (int m = n + 1; m < countryFounds.size(); m++) {
                    Found later = found.get(countryFounds.get(m));
                    if (later.end() == end) {
                        found.set(countryFounds.get(m), new Found(s, f.begin(), end, later.basis(), null,
                                later.actor(), later.group()));
                    }
                }
            }
            sharedBegin = f.begin();
            sharedEnd = end;
        }
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Optional<CollectiveNouns.Collective> c = CollectiveNouns.of(t.word());
            // lower case, or capitalised only as the sentence's first word ("Rebels in the Ivory Coast ...")
            boolean common = t.word().equals(t.word().toLowerCase(Locale.ROOT))
                    || (i == 0 && t.word().substring(1).equals(t.word().substring(1).toLowerCase(Locale.ROOT)));
            if (claimed[s][i] || c.isEmpty() || !common
                    || !t.pos().startsWith("NN") || (i + 1 < toks.size() && toks.get(i + 1).pos().startsWith("NN")
                    && Character.isLetter(toks.get(i + 1).word().charAt(0)) && !claimed[s][i + 1]
                    && placedIn(s, i + 1).isEmpty())) {
                continue;
            }
            Optional<String> placed = placedIn(s, i + 1);
            boolean ofSomething = i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("of");
            if (placed.isEmpty() && ofSomething) {
                continue; // "the leaders of the two sides": whose, the groups pass decides
            }
            String country = placed.orElseGet(() -> onlyCountry(s));
            if (country == null && !c.get().state() && c.get().sector().equals("GOV")) {
                continue; // "officials", "leaders" of no known country say nothing of who acted
            }
            Actor actor = c.get().state() && country != null
                    ? countries.byCode(country).map(k -> Actor.country(k.name(), k.alpha3())).orElse(null)
                    : new Actor(t.word(), c.get().kind(), null, country, c.get().sector());
            if (actor == null) {
                continue;
            }
            claim(s, i, i + 1);
            found.add(new Found(s, i, i + 1, c.get().state() && country != null ? ActorMention.Basis.COUNTRY
                    : ActorMention.Basis.DESCRIPTION, null, actor, -1));
        }
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
    private int collectiveAfter(int s, int end) {
        List<Token> toks = tokens(s);
        int k = end;
        if (k < toks.size() && isPossessive(toks.get(k).word())) {
            k++;
        }
        for (int skipped = 0; k < toks.size() && skipped <= 2; skipped++, k++) {
            Token t = toks.get(k);
            if (claimed[s][k] || !t.word().equals(t.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (CollectiveNouns.of(t.word()).isPresent() && t.pos().startsWith("NN")) {
                boolean modifier = k + 1 < toks.size() && toks.get(k + 1).pos().startsWith("NN")
                        && CollectiveNouns.of(toks.get(k + 1).word()).isEmpty()
                        && toks.get(k + 1).word().equals(toks.get(k + 1).word().toLowerCase(Locale.ROOT));
                if (modifier) {
                    return -1;
                }
                if (k + 1 < toks.size() && CollectiveNouns.of(toks.get(k + 1).word()).isPresent()
                        && toks.get(k + 1).pos().startsWith("NN")) {
                    continue; // "government officials": the last noun is the head
                }
                return k;
            }
            if (!Set.of("JJ", "JJR", "JJS", "NN", "VBN").contains(t.pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** The country of an "in/of COUNTRY" phrase starting at {@code i} ("police in Zimbabwe"). */
    private Optional<String> placedIn(int s, int i) {
        List<Token> toks = tokens(s);
        if (i >= toks.size() || !Set.of("in", "of").contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int at = i + 1 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("the") ? i + 2 : i + 1;
        return found.stream().filter(f -> f.sentence() == s && f.begin() == at
                        && f.basis() == ActorMention.Basis.COUNTRY && f.actor().kind() == ActorKind.COUNTRY)
                .map(f -> f.actor().country()).findFirst();
    }

    /** The only country named in sentence {@code s}, else the only one of the article, else null. */
    private String onlyCountry(int s) {
        Set<String> inSentence = new LinkedHashSet<>();
        Set<String> inArticle = new LinkedHashSet<>();
        for (Found f : found) {
            if (f.basis() == ActorMention.Basis.COUNTRY && f.actor().country() != null) {
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

    // ---------------------------------------------------------------- pass 2: short forms

    private void findShortForms(int s) {
        List<Token> toks = tokens(s);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (claimed[s][i] || t.word().length() < 2 || !Character.isUpperCase(t.word().charAt(0))
                    || !(t.pos().startsWith("NNP") || isPersonTag(t))) {
                continue;
            }
            String k = key(t.word());
            Person p = nearestWithShortKey(k, s, i);
            Optional<Titles.Match> title = Titles.endingAt(words(s), i);
            if (p == null) {
                p = kbShortForm(t, title.map(Titles.Match::title).orElse(null));
            }
            if (p == null) {
                continue;
            }
            int begin = extendWithTitle(s, i, null);
            claim(s, begin, i + 1);
            found.add(new Found(s, begin, i + 1, ActorMention.Basis.SHORT_FORM, p, null, -1));
        }
    }

    /** The person with this short name whose full mention is nearest before, else nearest after. */
    private Person nearestWithShortKey(String shortKey, int s, int i) {
        Found before = null;
        Found after = null;
        for (Found f : found) {
            if (f.person() == null || f.basis() != ActorMention.Basis.NAMED || !f.person().shortKeys.contains(shortKey)) {
                continue;
            }
            boolean isBefore = f.sentence() < s || (f.sentence() == s && f.begin() < i);
            if (isBefore) {
                if (before == null || position(f) > position(before)) {
                    before = f;
                }
            } else if (after == null || position(f) < position(after)) {
                after = f;
            }
        }
        return before != null ? before.person() : after != null ? after.person() : null;
    }

    /** A surname the text does not introduce ("President Biden"): the knowledge base, if one person fits. */
    private Person kbShortForm(Token t, Titles.Title title) {
        if (title == null && !isPersonTag(t)) {
            return null;
        }
        List<OfficeTerm> terms = date == null ? kb.matchingName(t.word()) : kb.matchingName(t.word(), date);
        if (title != null && title.office() != null) {
            terms = terms.stream().filter(x -> x.office().equals(title.office())).toList();
        }
        Set<String> names = new LinkedHashSet<>();
        terms.forEach(x -> names.add(x.name()));
        if (names.size() != 1) {
            return null;
        }
        String name = names.iterator().next();
        Person p = people.computeIfAbsent(key(name), k -> new Person(name, kb.termsOf(name)));
        if (p.title == null && title != null) {
            p.title = title;
        }
        return p;
    }

    // ---------------------------------------------------------------- pass 3: descriptions

    private static final Set<String> GENERIC_NOUNS = Set.of("diplomat", "official", "leader", "host", "guest",
            "visitor", "envoy", "minister");

    private void findDescriptions(int s) {
        List<Token> toks = tokens(s);
        List<String> words = words(s);
        for (int i = 0; i < toks.size(); i++) {
            if (claimed[s][i] && !(headline[s] && isCountryStart(s, i))) {
                continue;
            }
            boolean determiner = words.get(i).equalsIgnoreCase("the");
            boolean sharedDeterminer = i > 0 && words.get(i - 1).equals("and") && lastFoundEndsAt(s, i - 1, true);
            boolean bareInHeadline = headline[s] && Character.isUpperCase(words.get(i).charAt(0));
            if (!determiner && !sharedDeterminer && !bareInHeadline) {
                continue;
            }
            int start = determiner ? i + 1 : i;
            Optional<Modifier> mod = Optional.empty();
            int j = start;
            // Country modifier: "the US diplomat", "the Vietnamese PM".
            for (int len = Math.min(3, toks.size() - j); len >= 1; len--) {
                if (claimedAny(s, j, j + len) && !isCountryFound(s, j, j + len) || !nameLike(toks, j, j + len)) {
                    continue;
                }
                Optional<Country> c = countries.byName(joined(toks, j, j + len));
                if (c.isPresent() && Character.isUpperCase(words.get(j).charAt(0)) && j + len < toks.size()) {
                    mod = Optional.of(new Modifier(j, c.get()));
                    j += len;
                    break;
                }
            }
            if (j >= toks.size() || claimed[s][j]) {
                continue;
            }
            Optional<Titles.Match> title = Titles.startingAt(words, j);
            String noun = null;
            int end;
            if (title.isPresent()) {
                end = title.get().end();
            } else if (GENERIC_NOUNS.contains(words.get(j).toLowerCase(Locale.ROOT))) {
                noun = words.get(j).toLowerCase(Locale.ROOT);
                end = j + 1;
            } else {
                continue;
            }
            if (end < toks.size() && (isPersonTag(toks.get(end)) || claimedAny(s, end, end + 1) && isNamedPersonAt(s, end))) {
                continue; // a title before a name: handled as a named or short mention
            }
            if (end < toks.size() && noun != null && toks.get(end).pos().startsWith("NN") && !toks.get(end).pos().startsWith("NNP")) {
                continue; // "the official visit": an adjective
            }
            if (noun != null && noun.equals("host") && end < toks.size()
                    && (isPossessive(toks.get(end).word()) || Set.of("country", "nation", "city").contains(words.get(end)))) {
                continue;
            }
            if (title.isEmpty() && mod.isEmpty() && noun != null && !Set.of("host", "guest", "visitor", "minister").contains(noun)
                    && !determiner) {
                continue;
            }
            String country = mod.map(m -> m.country().alpha3()).orElse(null);
            Person p = resolveDescription(s, i, title.map(Titles.Match::title).orElse(null), noun, country);
            if (p == null) {
                continue;
            }
            // A country modifier already taken as a country mention belongs to this description now.
            int begin = i;
            if (mod.isPresent() && !determiner) {
                final int b = mod.get().begin();
                found.removeIf(f -> f.sentence() == s && f.begin() >= b && f.begin() < end && f.basis() == ActorMention.Basis.COUNTRY);
                begin = b;
            }
            claim(s, begin, end);
            found.add(new Found(s, begin, end, ActorMention.Basis.DESCRIPTION, p, null, -1));
        }
    }

    private boolean isCountryStart(int s, int b) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.begin() == b && f.basis() == ActorMention.Basis.COUNTRY);
    }

    private boolean isCountryFound(int s, int b, int e) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.begin() == b && f.end() == e
                && f.basis() == ActorMention.Basis.COUNTRY);
    }

    private boolean isNamedPersonAt(int s, int i) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.begin() <= i && i < f.end() && f.isPerson());
    }

    private boolean lastFoundEndsAt(int s, int end, boolean personOnly) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.end() == end && (!personOnly || f.isPerson()));
    }

    private Person resolveDescription(int s, int i, Titles.Title title, String noun, String country) {
        String hostCountry = null;
        if (noun != null && Set.of("host", "guest", "visitor").contains(noun)) {
            hostCountry = hostCountry(s);
            if (hostCountry == null) {
                return null;
            }
        }
        final String host = hostCountry;
        java.util.function.Predicate<Person> fits = p -> {
            Actor a = p.actor();
            if (country != null && !country.equals(a.country())) {
                return false;
            }
            if (host != null) {
                return noun.equals("host") == host.equals(a.country());
            }
            String role = a.role() == null ? "" : a.role();
            if (title != null) {
                if (title.generic()) {
                    return role.contains(title.role());
                }
                return role.equals(title.role());
            }
            return switch (noun) {
                case "minister" -> role.contains("Minister");
                case "diplomat", "envoy" -> role.contains("Foreign") || role.contains("Secretary of State")
                        || role.contains("Ambassador") || role.contains("External Affairs");
                case "official" -> "GOV".equals(a.sector()) || "PTY".equals(a.sector());
                case "leader" -> Set.of("President", "Prime Minister", "Party General Secretary", "Chancellor", "King",
                        "Premier").contains(role);
                default -> false;
            };
        };
        boolean needsUnique = title == null && country == null && host == null
                && !Set.of("minister").contains(noun);
        List<Found> sectionPeople = found.stream().filter(f -> f.person() != null && section[f.sentence()] == section[s])
                .sorted(Comparator.comparingInt(this::position)).toList();
        if (needsUnique) {
            Set<Person> fitting = new LinkedHashSet<>();
            sectionPeople.stream().map(Found::person).filter(fits).forEach(fitting::add);
            return fitting.size() == 1 ? fitting.iterator().next() : null;
        }
        int here = s * 10_000 + i;
        Person before = null;
        Person after = null;
        for (Found f : sectionPeople) {
            if (!fits.test(f.person())) {
                continue;
            }
            if (position(f) < here) {
                before = f.person();
            } else if (after == null) {
                after = f.person();
            }
        }
        if (headline[s] && after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        // Earlier in the article, then the knowledge base's holder of the office.
        Person earlier = null;
        for (Found f : found) {
            if (f.person() != null && position(f) < here && fits.test(f.person())
                    && (earlier == null || true)) {
                earlier = f.person();
            }
        }
        return earlier;
    }

    /** The country of the first place a section says something happens in ("in Hanoi"). */
    private String hostCountry(int s) {
        for (int k = 0; k < sentences.size(); k++) {
            if (section[k] != section[s]) {
                continue;
            }
            List<Token> toks = tokens(k);
            for (int i = 1; i < toks.size(); i++) {
                if (!toks.get(i - 1).word().equalsIgnoreCase("in") || !"CITY".equals(toks.get(i).ner())) {
                    continue;
                }
                int end = i;
                while (end < toks.size() && "CITY".equals(toks.get(end).ner())) {
                    end++;
                }
                String city = joined(toks, i, end);
                Optional<Country> capital = countries.byCapital(city);
                if (capital.isPresent()) {
                    return capital.get().alpha3();
                }
                List<Place> places = gazetteer.lookup(city);
                if (!places.isEmpty()) {
                    return places.get(0).country();
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- pass 3: groups

    private static final List<List<String>> PAIR_PHRASES = List.of(
            List.of("the", "leaders", "of", "both", "sides"), List.of("the", "leaders", "of", "the", "two", "sides"),
            List.of("the", "two", "sides"), List.of("both", "sides"), List.of("two", "sides"),
            List.of("the", "two", "ministers"), List.of("the", "two", "foreign", "ministers"),
            List.of("both", "ministers"), List.of("the", "two", "leaders"), List.of("both", "leaders"),
            List.of("the", "two", "officials"), List.of("the", "two", "diplomats"));
    private static final List<List<String>> COUNTRY_PAIR_PHRASES = List.of(
            List.of("the", "two", "countries"), List.of("both", "countries"), List.of("the", "two", "nations"),
            List.of("both", "nations"));
    private int groupCounter;

    private void findGroups(int s) {
        List<Token> toks = tokens(s);
        List<String> lower = words(s).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < toks.size(); i++) {
            if (claimed[s][i]) {
                continue;
            }
            int end = phraseEnd(lower, i, PAIR_PHRASES);
            boolean countryPair = false;
            if (end < 0) {
                end = phraseEnd(lower, i, COUNTRY_PAIR_PHRASES);
                countryPair = end > 0;
            }
            if (end < 0 && lower.get(i).equals("both") && i + 1 < toks.size() && toks.get(i + 1).pos().startsWith("VB")) {
                end = i + 1; // "Both highlighted ..."
            }
            List<Actor> members;
            if (end > 0) {
                List<Person> pair = pairFor(s, i);
                if (pair.size() != 2) {
                    continue;
                }
                if (countryPair) {
                    members = new ArrayList<>();
                    for (Person p : pair) {
                        String code = p.actor().country();
                        Optional<Country> c = code == null ? Optional.empty() : countries.byCode(code);
                        c.ifPresent(x -> members.add(Actor.country(x.name(), x.alpha3())));
                    }
                    if (members.size() != 2 || members.get(0).equals(members.get(1))) {
                        continue;
                    }
                } else {
                    members = pair.stream().map(Person::actor).toList();
                }
            } else if (Set.of("they", "their", "them").contains(lower.get(i))) {
                members = theyMembers(s, i);
                end = i + 1;
                if (members.isEmpty()) {
                    continue;
                }
            } else {
                continue;
            }
            claim(s, i, end);
            int g = groupCounter++;
            for (Actor a : members) {
                found.add(new Found(s, i, end, ActorMention.Basis.GROUP, null, a, g));
            }
        }
    }

    private static int phraseEnd(List<String> lower, int i, List<List<String>> phrases) {
        for (List<String> ph : phrases) {
            if (i + ph.size() <= lower.size() && lower.subList(i, i + ph.size()).equals(ph)) {
                return i + ph.size();
            }
        }
        return -1;
    }

    /**
     * The two people a pair phrase stands for: the last two people of different countries named
     * before it in its sentence, else the first two of different countries in its section, else
     * in the article.
     */
    private List<Person> pairFor(int s, int i) {
        List<Person> inSentence = new ArrayList<>();
        for (Found f : sortedFound()) {
            if (f.sentence() == s && f.begin() < i && f.person() != null && !inSentence.contains(f.person())) {
                inSentence.add(f.person());
            }
        }
        List<Person> pair = lastPairOfDifferentCountries(inSentence);
        if (pair.size() == 2) {
            return pair;
        }
        List<Found> inSection = sortedFound().stream().filter(f -> section[f.sentence()] == section[s]).toList();
        pair = salientPair(inSection);
        return pair.size() == 2 ? pair : salientPair(sortedFound());
    }

    /**
     * The pair a report is about: the person mentioned most often (first met on ties) and the
     * most-mentioned person of another country.
     */
    private static List<Person> salientPair(List<Found> scope) {
        Map<Person, Integer> counts = new LinkedHashMap<>();
        for (Found f : scope) {
            if (f.person() != null) {
                counts.merge(f.person(), 1, Integer::sum);
            }
        }
        List<Person> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparingInt((Person p) -> -counts.get(p)));
        if (ranked.isEmpty() || ranked.get(0).actor().country() == null) {
            return List.of();
        }
        Person main = ranked.get(0);
        for (Person other : ranked) {
            String c = other.actor().country();
            if (c != null && !c.equals(main.actor().country())) {
                return List.of(main, other);
            }
        }
        return List.of();
    }

    private static List<Person> lastPairOfDifferentCountries(List<Person> ps) {
        for (int b = ps.size() - 1; b >= 1; b--) {
            for (int a = b - 1; a >= 0; a--) {
                String ca = ps.get(a).actor().country();
                String cb = ps.get(b).actor().country();
                if (ca != null && cb != null && !ca.equals(cb)) {
                    return List.of(ps.get(a), ps.get(b));
                }
            }
        }
        return List.of();
    }

    /**
     * "They" at the start of a clause right after a sentence whose subject was a pair ("X and Y
     * discussed ..." or "the two ministers ..."), or after a pair subject in its own sentence.
     */
    private List<Actor> theyMembers(int s, int i) {
        List<Found> before = sortedFound().stream().filter(f -> f.sentence() == s && f.begin() < i).toList();
        if (!before.isEmpty()) {
            Found first = before.get(0);
            return first.basis() == ActorMention.Basis.GROUP && first.isPerson() ? groupMembers(first) : List.of();
        }
        if (s == 0 || section[s - 1] != section[s] && !headline[s - 1]) {
            return List.of();
        }
        List<Found> prev = sortedFound().stream().filter(f -> f.sentence() == s - 1).toList();
        if (prev.isEmpty()) {
            return List.of();
        }
        Found first = prev.get(0);
        if (first.begin() > 6) {
            return List.of();
        }
        if (first.basis() == ActorMention.Basis.GROUP && first.isPerson()) {
            return groupMembers(first);
        }
        if (prev.size() >= 2 && first.person() != null) {
            Found second = prev.stream().filter(f -> f.begin() >= first.end()).findFirst().orElse(null);
            List<String> ws = words(s - 1);
            if (second != null && second.person() != null && second.person() != first.person()
                    && second.begin() == first.end() + 1 && ws.get(first.end()).equals("and")) {
                return List.of(first.person().actor(), second.person().actor());
            }
        }
        return List.of();
    }

    private List<Actor> groupMembers(Found group) {
        return found.stream().filter(f -> f.group() == group.group() && f.sentence() == group.sentence())
                .map(Found::resolved).toList();
    }

    // ---------------------------------------------------------------- pass 4: pronouns

    private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");

    private void findPronouns(int s) {
        List<Token> toks = tokens(s);
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (claimed[s][i] || !PRONOUNS.contains(w)) {
                continue;
            }
            Person p = pronounReferent(s, i);
            if (p == null) {
                continue;
            }
            claim(s, i, i + 1);
            found.add(new Found(s, i, i + 1, ActorMention.Basis.PRONOUN, p, null, -1));
        }
    }

    private static final Set<String> REPORTING_WORDS = Set.of("said", "says", "announced", "stated", "added",
            "declared", "warned", "insisted", "confirmed", "indicated");

    /**
     * "Japan said on Tuesday it had halted aid": an "it" that is the subject of what a country or
     * organisation opening the sentence reports is that country or organisation. Nothing else
     * resolves "it" (it is too often no actor at all).
     */
    private void findReportedIt(int s) {
        List<Token> toks = tokens(s);
        Found first = sortedFound().stream().filter(f -> f.sentence() == s).findFirst().orElse(null);
        if (first == null || first.begin() > 1 || first.group() >= 0 || first.isPerson()
                || first.resolved().kind() == ActorKind.GROUP) {
            return;
        }
        boolean reported = false;
        for (int i = first.end(); i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (REPORTING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                reported = true;
            } else if (reported && w.equals("it") && !claimed[s][i] && i + 1 < toks.size()
                    && (toks.get(i + 1).pos().startsWith("VB") || toks.get(i + 1).pos().equals("MD"))) {
                claim(s, i, i + 1);
                found.add(new Found(s, i, i + 1, ActorMention.Basis.PRONOUN, null, first.resolved(), -1));
                return;
            } else if (Set.of(".", ";").contains(w)) {
                return;
            }
        }
    }

    private Person pronounReferent(int s, int i) {
        List<String> words = words(s);
        // "For his part, Blinken ..." and "Blinken, for his part, ...": the person of the clause.
        if (i >= 1 && words.get(i - 1).equalsIgnoreCase("for") && i + 1 < words.size() && words.get(i + 1).equals("part")) {
            for (Found f : found) {
                if (f.sentence() == s && f.person() != null && (f.begin() == i + 3 || f.end() == i - 2)) {
                    return f.person();
                }
            }
            return null;
        }
        List<Found> sorted = sortedFound();
        Set<Person> inSentence = new LinkedHashSet<>();
        boolean groupBefore = false;
        for (Found f : sorted) {
            if (f.sentence() == s && f.begin() < i) {
                if (f.person() != null) {
                    inSentence.add(f.person());
                } else if (f.basis() == ActorMention.Basis.GROUP && f.isPerson()) {
                    groupBefore = true;
                }
            }
        }
        if (groupBefore) {
            return null;
        }
        if (inSentence.size() == 1) {
            return inSentence.iterator().next();
        }
        if (inSentence.size() > 1) {
            return null;
        }
        for (int k = s - 1; k >= Math.max(0, s - 2); k--) {
            if (section[k] != section[s] || headline[k]) {
                return null;
            }
            final int kk = k;
            List<Found> people = sorted.stream().filter(f -> f.sentence() == kk && f.isPerson()).toList();
            if (people.isEmpty()) {
                continue;
            }
            Found first = people.get(0);
            return first.basis() == ActorMention.Basis.GROUP ? null : first.person();
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private List<Found> sortedFound() {
        List<Found> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(this::position));
        return copy;
    }

    private int position(Found f) {
        return f.sentence() * 10_000 + f.begin();
    }

    private List<Token> tokens(int s) {
        return sentences.get(s).tokens();
    }

    private List<String> words(int s) {
        return tokens(s).stream().map(Token::word).toList();
    }

    private void claim(int s, int begin, int end) {
        for (int k = begin; k < end; k++) {
            claimed[s][k] = true;
        }
    }

    private boolean claimedAny(int s, int begin, int end) {
        for (int k = begin; k < end && k < claimed[s].length; k++) {
            if (claimed[s][k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [b, e) can be a name: they start and end with a word, not punctuation or "the". */
    private static boolean nameLike(List<Token> toks, int b, int e) {
        String first = toks.get(b).word();
        String last = toks.get(e - 1).word();
        return Character.isLetterOrDigit(first.charAt(0)) && Character.isLetterOrDigit(last.charAt(0))
                && !first.equalsIgnoreCase("the") && !isPossessive(last);
    }

    private static boolean isPersonTag(Token t) {
        return "PERSON".equals(t.ner());
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    private static String key(String name) {
        return PlaceNames.normalize(name);
    }

    /** The tokens as a name: words joined by spaces, hyphen tokens glued ("Export-Import"). */
    private static String joined(List<Token> toks, int begin, int end) {
        return written(toks, begin, end);
    }

    /** The tokens as written: a space wherever the text had a gap. */
    private static String written(List<Token> toks, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = begin; k < end; k++) {
            if (k > begin && toks.get(k).span().begin() > toks.get(k - 1).span().end()) {
                b.append(' ');
            }
            b.append(toks.get(k).word());
        }
        return b.toString();
    }

    private static boolean isHeadline(Sentence sentence) {
        List<Token> toks = sentence.tokens();
        if (toks.isEmpty() || toks.size() > 25) {
            return false;
        }
        String last = toks.get(toks.size() - 1).word();
        return !Set.of(".", "!", "?", "\"", "”", "''", "'", "’", ")", ":", "-RRB-", "|").contains(last);
    }
}

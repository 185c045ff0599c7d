package org.parley.core.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.TsvRows;
import org.parley.core.places.Countries;
import org.parley.core.places.Country;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * Countries. Reads the unclaimed capitalised tokens; adds a COUNTRY reference for a country's name,
 * abbreviation or demonym of up to six words ("Viet Nam", "U.S.", "Vietnamese", "Democratic People's
 * Republic of Korea"; "the US side"
 * with its "side") unless it starts a place name ("Indian Ocean"), and for a capital acting for its
 * government ("Washington said", "Hanoi's stance"; not "in Hanoi"); adds a DESCRIPTION of a group
 * for a plural demonym ("Albanians": the people, not the state; "Bosnian Serbs": of Bosnia; "ethnic
 * Albanians": of where the sentence places them, {@link EthnicPeople}).
 */
final class CountryPass extends ClaimingPass {

    /** Tokens of the longest official name ("Democratic People 's Republic of Korea" is six). */
    private static final int LONGEST_NAME = 6;
    // "along with", "together with" after a subject: more actors acting with it
    private static final Set<String> ACCOMPANYING = Set.of("along", "together");

    /**
     * Words tagged as prepositions that open a clause, after which a capital may still be its
     * subject ("unless Baghdad accepted"), and "by", which names an agent ("an admission by Moscow").
     */
    private static final Set<String> AGENT_OPENERS = Set.copyOf(TsvRows.bundled(CountryPass.class,
            "capital-agent-openers.tsv", 1, row -> row.cell(0)));
    /** Places below a country, whose name may stand for a government ("Washington said"). */
    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.LOCATION,
            EntityType.STATE_OR_PROVINCE);

    private final Countries countries;
    private final EthnicPeople ethnic;

    CountryPass(Countries countries) {
        // country words inside names and organisations are theirs
        super(new Contract(Set.of(ReadingFact.FULL_NAMES, ReadingFact.ORGANIZATIONS), ReadingFact.COUNTRIES));
        this.countries = countries;
        this.ethnic = new EthnicPeople(countries);
    }

    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        Token t = toks.get(i);
        if (t.word().isEmpty() || !TokenRuns.startsUpper(t.word()) || TokenRuns.isPersonTag(t)) {
            return Step.nothingAt(i);
        }
        int matchedEnd = -1;
        Country country = null;
        for (int len = Math.min(LONGEST_NAME, toks.size() - i); len >= 1; len--) {
            if (r.claimedAny(s, i, i + len) || !TokenRuns.nameLike(toks, i, i + len)) {
                continue;
            }
            Optional<Country> c = countries.byName(TokenRuns.written(toks, i, i + len));
            if (c.isPresent()) {
                matchedEnd = i + len;
                country = c.get();
                break;
            }
        }
        if (country != null && isDemonymBeforePlace(toks, matchedEnd)) {
            country = null;
        }
        if (country != null && EthnicPeople.isEthnic(toks, i) && !country.name().equalsIgnoreCase(t.word())) {
            country = ethnic.placeOf(toks).orElse(country); // "ethnic Albanian guerrillas in Macedonia": MKD
        }
        if (country == null) {
            Optional<Country> capital = asAgentCapital(toks, i);
            if (capital.isPresent()) {
                country = capital.get();
                matchedEnd = i + 1;
            }
        }
        if (country == null) {
            // "Albanians", "Palestinians": the people of a country, not its state; "Bosnian Serbs",
            // "Kosovo Albanians": a people qualified by another country is of the country they live in
            // "ethnic Albanians ... in Serbia": of the country the sentence places them in
            return pluralDemonym(t).map(people -> Step.found(Reference.toActor(s, i, i + 1,
                    ActorMention.Basis.DESCRIPTION, new Actor(t.word(), ActorKind.GROUP, null,
                            (EthnicPeople.isEthnic(toks, i) ? ethnic.placeOf(toks) : homeOf(toks, i))
                                    .orElse(people).alpha3(), "CVL"))))
                    .orElse(Step.nothingAt(i));
        }
        int end = matchedEnd;
        if (end < toks.size() && toks.get(end).word().equalsIgnoreCase("side")) {
            end++; // "the US side"
        }
        return Step.found(Reference.toActor(s, i, end, ActorMention.Basis.COUNTRY,
                Actor.country(country.name(), country.alpha3())));
    }

    /** The country of a plural demonym ("Albanians", "Nigerians"), if the token is one. */
    private Optional<Country> pluralDemonym(Token t) {
        String w = t.word();
        if (w.length() < 5 || !w.endsWith("s") || !t.pos().isNoun()) {
            return Optional.empty();
        }
        String singular = w.substring(0, w.length() - 1);
        return countries.byName(singular).filter(c -> !c.name().equalsIgnoreCase(singular));
    }

    /** The country named by the capitalised word right before token {@code i} ("Bosnian" Serbs). */
    private Optional<Country> homeOf(List<Token> toks, int i) {
        if (i == 0 || !TokenRuns.startsUpper(toks.get(i - 1).word())) {
            return Optional.empty();
        }
        return countries.byName(toks.get(i - 1).word());
    }

    /** "Indian Ocean", "Asian Development Bank": a demonym that is part of a place name. */
    private static boolean isDemonymBeforePlace(List<Token> toks, int end) {
        if (end >= toks.size()) {
            return false;
        }
        Token next = toks.get(end);
        return next.ner() == EntityType.LOCATION && TokenRuns.startsUpper(next.word());
    }

    /** "Washington along with its allies demanded": a capital whose subject is widened by "along/together with". */
    private static boolean accompanied(List<Token> toks, int after) {
        return after + 1 < toks.size()
                && ACCOMPANYING.contains(toks.get(after).word().toLowerCase(java.util.Locale.ROOT))
                && toks.get(after + 1).word().equalsIgnoreCase("with");
    }

    /**
     * "Washington said", "Beirut again rejected", "Hanoi's stance", "unless Baghdad accepted", "an
     * admission by Moscow": a capital standing for its government (not "in Hanoi"); an adverb may
     * come between it and its verb.
     */
    private Optional<Country> asAgentCapital(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!PLACES.contains(t.ner())) {
            return Optional.empty();
        }
        int n = i + 1;
        while (n < toks.size() && toks.get(n).pos() == PartOfSpeech.ADVERB) {
            n++;
        }
        if (n >= toks.size()) {
            return Optional.empty();
        }
        Token next = toks.get(n);
        boolean agent = next.pos().isVerb() || next.pos() == PartOfSpeech.MODAL || TokenRuns.isPossessive(next.word())
                || accompanied(toks, i + 1);
        String beforeWord = i > 0 ? toks.get(i - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        PartOfSpeech before = i > 0 ? toks.get(i - 1).pos() : PartOfSpeech.OTHER;
        boolean afterPreposition = (before == PartOfSpeech.PREPOSITION || before == PartOfSpeech.TO)
                && !AGENT_OPENERS.contains(beforeWord);
        boolean byAgent = beforeWord.equals("by") && !next.pos().isNoun();
        if (!(agent || byAgent) || afterPreposition) {
            return Optional.empty();
        }
        return countries.byCapital(t.word());
    }
}

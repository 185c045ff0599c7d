package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * Sectors for bodies of people from the agent dictionary ({@link DictionaryActors#agentAt}: "rebel
 * leader" → REB, "doctor" → HLH, "opposition activist" → OPP). Reads the collectives and the
 * unclaimed tokens; {@link CollectiveNouns} keeps precedence where it speaks:
 * <ul>
 *   <li>a collective whose words end in a longer agent phrase than its noun takes that phrase's
 *       sector ("Afghan rebel leaders": leaders are GOV, rebel leaders REB);</li>
 *   <li>a country reference grows over an agent phrase after it ("American doctors" → HLH of the
 *       USA);</li>
 *   <li>an unclaimed plural agent phrase alone ("doctors from two American aid groups") is added
 *       with the country after it ("from/of/in ... American"), else the sentence's only country.</li>
 * </ul>
 * Agents whose sector is GOV are left alone (a country's officials are that country in CAMEO, and
 * descriptions such as "the Vietnamese leader" are the description pass's), and so are CVL and BUS
 * ones ("men", "engineers", "industries"), too generic to be an actor by themselves. Only lower-case words count:
 * agents are common nouns.
 */
final class AgentPass extends ClaimingPass {

    private static final int MODIFIERS_BEFORE_AGENT = 2;
    private static final int COUNTRY_AFTER_AGENT = 5;
    private static final Set<String> PLACING = Set.of("from", "of", "in");
    // GOV: a country's officials are the country; CVL and BUS: "men", "engineers", "industries" say too little
    private static final Set<String> SECTORS_LEFT_ALONE = Set.of("GOV", "CVL", "BUS");

    private final DictionaryActors dictionary;

    AgentPass(DictionaryActors dictionary) {
        super(new Contract(Set.of(ReadingFact.COLLECTIVES), ReadingFact.AGENTS));
        this.dictionary = dictionary;
    }

    @Override
    public void read(ArticleReading r, int s) {
        List<String> words = r.dictionaryWords(s);
        List<Reference> found = r.references();
        for (int k = 0; k < found.size(); k++) {
            Reference f = found.get(k);
            if (f.sentence() != s || f.actor() == null) {
                continue;
            }
            if (isCollective(f)) {
                resectorCollective(r, s, k, words);
            } else if (f.actor().kind() == ActorKind.COUNTRY && f.isCountry()) {
                growCountry(r, s, k, words);
            }
        }
        scan(r, s);
    }

    private static boolean isCollective(Reference f) {
        return f.person() == null && (f.actor().kind() == ActorKind.GROUP || f.actor().kind() == ActorKind.ORGANIZATION)
                && (f.isCountry() || f.basis() == ActorMention.Basis.DESCRIPTION);
    }

    private void resectorCollective(ArticleReading r, int s, int k, List<String> words) {
        Reference f = r.references().get(k);
        for (int from = f.begin() + 1; from < f.end() - 1; from++) {
            Optional<DictionaryActors.AgentFound> agent = agentEndingAt(r, s, words, from, f.end());
            if (agent.isPresent() && !SECTORS_LEFT_ALONE.contains(agent.get().sector())) {
                Actor a = f.actor();
                r.replace(k, new Reference(s, f.begin(), f.end(), f.basis(), null,
                        new Actor(a.name(), a.kind(), a.role(), a.country(), agent.get().sector()), f.group()));
                return;
            }
        }
    }

    private void growCountry(ArticleReading r, int s, int k, List<String> words) {
        Reference f = r.references().get(k);
        List<Token> toks = r.tokens(s);
        int at = f.end();
        if (at < toks.size() && TokenRuns.isPossessive(toks.get(at).word())) {
            at++;
        }
        for (int from = at; from <= at + MODIFIERS_BEFORE_AGENT && from < toks.size(); from++) {
            if (r.isClaimed(s, from) || !isLowerCase(toks.get(from).word())) {
                return;
            }
            Optional<DictionaryActors.AgentFound> agent = headAgentAt(r, s, words, from);
            if (agent.isPresent()) {
                int end = from + agent.get().length();
                Actor country = f.actor();
                r.claim(s, f.begin(), end);
                r.replace(k, new Reference(s, f.begin(), end, ActorMention.Basis.COUNTRY, null,
                        new Actor(TokenRuns.written(toks, from, end).toLowerCase(Locale.ROOT) + " of " + country.name(),
                                ActorKind.GROUP, null, country.country(), agent.get().sector()), f.group()));
                return;
            }
        }
    }

    /** An unclaimed plural agent phrase alone ("doctors from two American aid groups"), with its country. */
    @Override
    Step at(ArticleReading r, int s, int i) {
        List<Token> toks = r.tokens(s);
        String w = toks.get(i).word();
        boolean common = isLowerCase(w) || (i == 0 && isLowerCase(w.substring(1)));
        Optional<DictionaryActors.AgentFound> agent = common ? headAgentAt(r, s, r.dictionaryWords(s), i) : Optional.empty();
        int end = agent.map(a -> a.length()).orElse(0) + i;
        if (agent.isEmpty() || !toks.get(end - 1).pos().equals(PartOfSpeech.PLURAL_NOUN)) {
            return Step.nothingAt(i);
        }
        boolean ofSomething = end < toks.size() && toks.get(end).word().equalsIgnoreCase("of");
        Optional<String> placed = countryAfter(r, s, end);
        if (placed.isEmpty() && ofSomething) {
            return Step.skipTo(end); // "representatives of the two institutions": whose, the text says elsewhere
        }
        String country = placed.orElseGet(() -> onlyCountryOf(r, s));
        return Step.found(Reference.toActor(s, i, end, ActorMention.Basis.DESCRIPTION, new Actor(
                TokenRuns.written(toks, i, end), ActorKind.GROUP, null, country, agent.get().sector())));
    }

    /**
     * A non-GOV agent phrase from {@code from}, of unclaimed lower-case words, that heads its noun
     * phrase (no noun follows it) and is no word Parley's own lists give a meaning.
     */
    private Optional<DictionaryActors.AgentFound> headAgentAt(ArticleReading r, int s, List<String> words, int from) {
        List<Token> toks = r.tokens(s);
        Optional<DictionaryActors.AgentFound> agent = dictionary.agentAt(words, from);
        if (agent.isEmpty() || SECTORS_LEFT_ALONE.contains(agent.get().sector())) {
            return Optional.empty();
        }
        int end = from + agent.get().length();
        String head = toks.get(end - 1).word();
        boolean nounFollows = end < toks.size() && toks.get(end).pos().isNoun() && isLowerCase(toks.get(end).word());
        if (r.claimedAny(s, from, end) || !toks.get(end - 1).pos().isNoun() || nounFollows
                || CollectiveNouns.of(head).isPresent() || DescriptionNouns.of(head).isPresent()
                || Titles.isTitleWord(head)) {
            return Optional.empty();
        }
        for (int k = from + 1; k < end; k++) {
            if (!isLowerCase(toks.get(k).word())) {
                return Optional.empty();
            }
        }
        return agent;
    }

    private Optional<DictionaryActors.AgentFound> agentEndingAt(ArticleReading r, int s, List<String> words, int from,
                                                                 int end) {
        if (!isLowerCase(r.words(s).get(from))) {
            return Optional.empty();
        }
        return dictionary.agentAt(words, from).filter(a -> from + a.length() == end && a.length() >= 2);
    }

    /** The country of a country reference shortly after "from/of/in" ("from two American aid groups"). */
    private static Optional<String> countryAfter(ArticleReading r, int s, int end) {
        List<Token> toks = r.tokens(s);
        if (end >= toks.size() || !PLACING.contains(toks.get(end).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return r.references().stream()
                .filter(f -> f.sentence() == s && f.isCountry() && f.begin() > end
                        && f.begin() <= end + COUNTRY_AFTER_AGENT && f.actor().country() != null)
                .min((a, b) -> Integer.compare(a.begin(), b.begin()))
                .map(f -> f.actor().country());
    }

    /** The only country named in sentence {@code s}, else null. */
    private static String onlyCountryOf(ArticleReading r, int s) {
        List<String> inSentence = r.references().stream()
                .filter(f -> f.sentence() == s && f.isCountry() && f.actor() != null && f.actor().country() != null)
                .map(f -> f.actor().country()).distinct().toList();
        return inSentence.size() == 1 ? inSentence.get(0) : null;
    }

    private static boolean isLowerCase(String w) {
        return w.equals(w.toLowerCase(Locale.ROOT));
    }
}

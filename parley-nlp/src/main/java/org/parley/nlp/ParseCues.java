package org.parley.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.core.actors.ActorResolver;
import org.parley.core.analysis.CueWords;
import org.parley.core.coding.BundledDictionaries;
import org.parley.core.coding.CodingDictionaries;
import org.parley.core.coding.PatternElement;
import org.parley.core.coding.VerbDictionary;
import org.parley.core.coding.VerbForm;
import org.parley.core.coding.VerbPattern;
import org.parley.core.data.TsvRows;
import org.parley.core.data.WordLists;
import org.parley.core.extract.EventExtractor;
import org.parley.core.extract.TriggerLexicon;
import org.parley.core.extract.commitments.CommitmentExtractor;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.Token;

/**
 * Decides cheaply, from a sentence's tagged tokens, whether it may carry an event or a commitment,
 * so the dependency parser reads only those ({@link NlpConfig.ParseScope#CUED_SENTENCES}). A sentence
 * qualifies when it has both:
 * <ul>
 *   <li>a word an extractor starts from: a lemma of the trigger lexicon ({@code triggers.tsv}, light
 *       verbs aside: they carry a noun trigger and are none alone), a verb the CAMEO verb dictionary
 *       knows by word or lemma, with its other words beside it, and can make a candidate with (its own
 *       event code, or an event pattern that reads words, all of which stand in the sentence; reporting
 *       and light verbs aside: the dictionary coder never makes them candidates), a lemma of the commitment frames (signing, promising and giving verbs, funding
 *       nouns of {@code commitment-words.tsv}), or a reporting verb beside an obligation modal ("said
 *       Iraq must withdraw", a REQUEST);
 *   <li>a candidate actor, generously: a token tagged as a named entity of an actor-like type, a proper
 *       noun, a pronoun (resolved to an actor named earlier), a collective noun
 *       ({@code collective-nouns.tsv}), or the start of a Phoenix actor or agent phrase.
 * </ul>
 * The words are read from the very resources and dictionaries the extractors of {@code parley-core}
 * read, so a word added there is a cue here at once. Immutable and thread-safe.
 *
 * <p>Design decision: a dictionary verb cues a parse only when Parley's dictionary coder could make a
 * candidate of it ({@code VerbDictionaryCoder}: a "specific" code), not whenever its family can code
 * an event: a family's default code or a pattern of actor slots alone makes no candidate, and a
 * pattern whose words are absent from the sentence cannot match. Session 12's wider test parsed
 * 90% of the bench's tokens, this one 69%, with the same events (docs/nlp-performance.md, "Session 13").
 *
 * <p>Design decision: the test is generous on both sides. Every event names an actor of its own
 * sentence and rests on a trigger or a dictionary verb there, and every commitment on one of the
 * frame words, so a sentence failing it can give neither; a false positive only costs a parse.
 */
final class ParseCues {

    /** Entity types an actor can be tagged with; time, number and money types are not. */
    private static final Set<EntityType> ACTOR_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY, EntityType.STATE_OR_PROVINCE,
            EntityType.NATIONALITY, EntityType.TITLE, EntityType.RELIGION, EntityType.IDEOLOGY, EntityType.MISC);
    private static final Set<PartOfSpeech> PRONOUNS = EnumSet.of(PartOfSpeech.PERSONAL_PRONOUN,
            PartOfSpeech.POSSESSIVE_PRONOUN, PartOfSpeech.WH_PRONOUN, PartOfSpeech.WH_POSSESSIVE_PRONOUN);
    /** The lists of {@code commitment-words.tsv} whose words open a commitment frame. */
    private static final List<String> FRAME_LISTS = List.of("sign_verbs", "promise_verbs", "give_verbs", "funding_nouns");

    private final Set<String> triggerLemmas;
    private final Set<String> lightVerbs;
    private final Set<String> obligationModals;
    private final Set<String> collectiveNouns;
    private final CodingDictionaries dictionaries;

    private ParseCues(Set<String> triggerLemmas, Set<String> lightVerbs, Set<String> obligationModals,
                      Set<String> collectiveNouns, CodingDictionaries dictionaries) {
        this.triggerLemmas = Set.copyOf(triggerLemmas);
        this.lightVerbs = Set.copyOf(lightVerbs);
        this.obligationModals = Set.copyOf(obligationModals);
        this.collectiveNouns = Set.copyOf(collectiveNouns);
        this.dictionaries = dictionaries;
    }

    private static final class Bundled {
        static final ParseCues INSTANCE = read();
    }

    /** The cues of the extractors bundled with Parley (read once per class loader). */
    static ParseCues bundled() {
        return Bundled.INSTANCE;
    }

    private static ParseCues read() {
        Set<String> triggers = new HashSet<>();
        Set<String> light = new HashSet<>();
        // triggers.tsv columns: lemma pos type mode cameo cue pattern
        for (TsvRows.Row row : TsvRows.bundled(TriggerLexicon.class, "triggers.tsv", 7, row -> row)) {
            String lemma = row.cell(0).strip().toLowerCase(Locale.ROOT);
            (row.cell(6).strip().equalsIgnoreCase("light") ? light : triggers).add(lemma);
        }
        WordLists frames = WordLists.bundled(CommitmentExtractor.class, "commitment-words.tsv");
        FRAME_LISTS.forEach(name -> triggers.addAll(frames.of(name)));
        Set<String> obligation = new HashSet<>();
        for (TsvRows.Row row : TsvRows.bundled(EventExtractor.class, "modality-cues.tsv", 2, row -> row)) {
            if (row.cell(0).strip().equals("obligation_modal")) {
                obligation.add(row.cell(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> collective = new HashSet<>();
        TsvRows.bundled(ActorResolver.class, "collective-nouns.tsv", 3, row -> row)
                .forEach(row -> collective.add(row.cell(0).strip().toLowerCase(Locale.ROOT)));
        return new ParseCues(triggers, light, obligation, collective, BundledDictionaries.phoenix());
    }

    /** Whether the sentence of these tokens may carry an event or a commitment: a cue word and a candidate actor. */
    boolean mayCarryEvent(List<Token> tokens) {
        return hasCueWord(tokens) && hasCandidateActor(tokens);
    }

    /**
     * Whether a stored annotation has a sentence without a parse that these cues select: it was made
     * before a cue word was added (or without parses at all), and an event there cannot be found.
     */
    boolean leftUnparsed(AnnotatedText stored) {
        return stored.sentences().stream().anyMatch(s -> s.dependencies().isEmpty() && mayCarryEvent(s.tokens()));
    }

    private boolean hasCueWord(List<Token> tokens) {
        return !wordCues(tokens, true).isEmpty();
    }

    /**
     * The kinds of cue word the sentence has: all of them, or (with {@code first}) the first found,
     * enough to decide.
     */
    private Set<WordCue> wordCues(List<Token> tokens, boolean first) {
        List<String> upperWords = upper(tokens, Token::word);
        List<String> upperLemmas = upper(tokens, Token::lemma);
        Set<String> present = new HashSet<>(upperWords);
        present.addAll(upperLemmas);
        Set<WordCue> out = EnumSet.noneOf(WordCue.class);
        boolean reporting = false;
        boolean obliged = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = lower(t.lemma());
            if (triggerLemmas.contains(lemma)) {
                out.add(WordCue.TRIGGER);
            }
            boolean reports = CueWords.reportingLemmas().contains(lemma);
            if (t.pos().isVerb() && !reports && !lightVerbs.contains(lemma)) {
                if (codesSpecifically(upperWords.get(i), upperWords, upperLemmas, i, present)
                        || codesSpecifically(upperLemmas.get(i), upperWords, upperLemmas, i, present)) {
                    out.add(WordCue.SPECIFIC_DICTIONARY_VERB);
                }
            }
            if (first && !out.isEmpty()) {
                return out;
            }
            reporting |= reports;
            obliged |= obligationModals.contains(lower(t.word()));
        }
        if (reporting && obliged) {
            out.add(WordCue.REPORTED_OBLIGATION);
        }
        return out;
    }

    /**
     * Whether the verb dictionary has {@code form} with its other words beside token {@code i} (as the
     * coder looks verbs up, {@code VerbLookup}) and can make a Parley candidate with it
     * ({@code VerbDictionaryCoder}: a "specific" code): the verb's own event code, or an event pattern
     * that reads words, all of whose words (or, for a synset, all words of one of its phrases) stand
     * somewhere in the sentence ({@code present}: its upper-case words and lemmas). A family's default
     * code or a pattern of actor slots alone makes no candidate, so they are no cue.
     */
    private boolean codesSpecifically(String form, List<String> words, List<String> lemmas, int i, Set<String> present) {
        for (VerbDictionary.Verb verb : dictionaries.verbs().verbs(form)) {
            if (!standsBeside(verb.form(), words, lemmas, i)) {
                continue;
            }
            if (verb.form().code() != null && verb.form().code().isEvent()) {
                return true;
            }
            for (VerbPattern p : verb.family().patterns()) {
                if (p.code().isEvent() && readsWords(p) && wordsStand(p, present)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean readsWords(VerbPattern p) {
        return Stream.concat(p.before().stream(), p.after().stream()).anyMatch(e -> !(e instanceof PatternElement.Slot));
    }

    private boolean wordsStand(VerbPattern p, Set<String> present) {
        return Stream.concat(p.before().stream(), p.after().stream()).allMatch(e -> {
            if (e instanceof PatternElement.Words w) {
                return present.containsAll(w.words());
            }
            if (e instanceof PatternElement.Synset synset) {
                return dictionaries.verbs().synset(synset.name()).stream().anyMatch(present::containsAll);
            }
            return true;
        });
    }

    private static boolean standsBeside(VerbForm form, List<String> words, List<String> lemmas, int i) {
        int first = i - form.before().size();
        if (first < 0 || i + form.after().size() >= words.size()) {
            return false;
        }
        for (int k = 0; k < form.before().size(); k++) {
            if (!isWord(form.before().get(k), words, lemmas, first + k)) {
                return false;
            }
        }
        for (int k = 0; k < form.after().size(); k++) {
            if (!isWord(form.after().get(k), words, lemmas, i + 1 + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String word, List<String> words, List<String> lemmas, int i) {
        return words.get(i).equals(word) || lemmas.get(i).equals(word);
    }

    private boolean hasCandidateActor(List<Token> tokens) {
        List<String> upper = upper(tokens, Token::word);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (ACTOR_TYPES.contains(t.ner()) || t.pos().isProperNoun() || PRONOUNS.contains(t.pos())
                    || collectiveNouns.contains(lower(t.lemma())) || collectiveNouns.contains(lower(t.word()))
                    || dictionaries.agents().longestAt(upper, i).isPresent()
                    || dictionaries.actors().longestAt(upper, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What makes a word a cue, for measuring narrower cues ({@code ParseShareIT}). */
    enum WordCue { TRIGGER, SPECIFIC_DICTIONARY_VERB, REPORTED_OBLIGATION }

    /** What makes a token a candidate actor, for measuring narrower cues ({@code ParseShareIT}). */
    enum ActorCue { NAMED_ENTITY, OTHER_ENTITY, DICTIONARY_ACTOR, AGENT, COLLECTIVE, PRONOUN, PROPER_NOUN }

    /** Entity types of a named actor: a person, an organisation, a place, a demonym or a title. */
    private static final Set<EntityType> NAMED_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY, EntityType.STATE_OR_PROVINCE,
            EntityType.NATIONALITY, EntityType.TITLE);

    /** Every kind of cue word the sentence has (not only the first, as {@link #hasCueWord} stops at). */
    Set<WordCue> wordCues(List<Token> tokens) {
        return wordCues(tokens, false);
    }

    /** Every kind of candidate actor the sentence has. */
    Set<ActorCue> actorCues(List<Token> tokens) {
        List<String> upper = upper(tokens, Token::word);
        Set<ActorCue> out = EnumSet.noneOf(ActorCue.class);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (NAMED_TYPES.contains(t.ner())) {
                out.add(ActorCue.NAMED_ENTITY);
            } else if (ACTOR_TYPES.contains(t.ner())) {
                out.add(ActorCue.OTHER_ENTITY);
            }
            if (t.pos().isProperNoun()) {
                out.add(ActorCue.PROPER_NOUN);
            }
            if (PRONOUNS.contains(t.pos())) {
                out.add(ActorCue.PRONOUN);
            }
            if (collectiveNouns.contains(lower(t.lemma())) || collectiveNouns.contains(lower(t.word()))) {
                out.add(ActorCue.COLLECTIVE);
            }
            if (dictionaries.agents().longestAt(upper, i).isPresent()) {
                out.add(ActorCue.AGENT);
            }
            if (dictionaries.actors().longestAt(upper, i).isPresent()) {
                out.add(ActorCue.DICTIONARY_ACTOR);
            }
        }
        return out;
    }

    private static List<String> upper(List<Token> tokens, Function<Token, String> part) {
        List<String> out = new ArrayList<>(tokens.size());
        tokens.forEach(t -> out.add(part.apply(t) == null ? "" : part.apply(t).toUpperCase(Locale.ROOT)));
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

package org.parley.core.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedText;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The words of one article as the story clusterer weighs them: three bags of term counts, the
 * content words (lemmas of nouns, verbs, adjectives and numbers, plus the headline's words), the
 * names (named entities: persons by last name, organisations, locations, cities, states), and the
 * lead (the content words and names of the headline and the first {@value #LEAD_SENTENCES}
 * sentences). {@link TermWeights} turns the counts into tf-idf vectors.
 *
 * <p>Why a lead of its own: news says who did what, where, and how many in its headline and first
 * sentences, and brings in the background further down. Two events of one topic (two arrests of
 * one team's players, two quakes on one island) share their background, so their whole texts read
 * alike; their leads differ in the player, the toll, the magnitude.
 *
 * @param words content-word lemma → count, lower case
 * @param names entity key → count, lower case
 * @param lead  content-word lemma or entity key of the headline and lead sentences → count, lower case
 */
public record ArticleTerms(Map<String, Integer> words, Map<String, Integer> names, Map<String, Integer> lead) {
    // Names that tell one event from another; countries and nationalities are shared by too many
    private static final Set<EntityType> NAME_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION, EntityType.CITY, EntityType.STATE_OR_PROVINCE);
    /** The headline says what the article is about: its words count this many times. */
    static final int HEADLINE_WEIGHT = 2;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * How many sentences from the top make the lead. On ECB+ dev (lead weighing 0.3 of the
     * similarity), 1 / 2 / 3 sentences gave story pairwise F1 0.893 / 0.921 / 0.906.
     */
    static final int LEAD_SENTENCES = 2;
    // Function words that the tagger still calls content (auxiliaries, light verbs, "say" of every report)
    private static final Set<String> STOP = Set.of("be", "have", "do", "say", "tell", "get", "make", "take", "go",
            "come", "also", "more", "new", "one", "two", "the", "a", "an", "of", "to", "in", "and", "or", "for", "on",
            "at", "by", "with", "from", "as", "is", "was", "were", "are", "has", "had", "it", "its", "this", "that",
            "he", "she", "they", "his", "her", "their", "we", "you", "not", "but", "which", "who", "will", "would",
            "could", "can", "may", "after", "before", "over", "into", "about", "than", "up", "out");

    public ArticleTerms {
        words = Map.copyOf(words);
        names = Map.copyOf(names);
        lead = Map.copyOf(lead);
    }

    /** Terms of a text too short to have a lead apart from its body: the lead is all its words and names. */
    public ArticleTerms(Map<String, Integer> words, Map<String, Integer> names) {
        this(words, names, union(words, names));
    }

    /** The terms of an annotated article and its headline (the headline is not annotated: its words count as written). */
    public static ArticleTerms of(String headline, AnnotatedText annotation) {
        Map<String, Integer> words = new TreeMap<>();
        Map<String, Integer> lead = new TreeMap<>();
        for (Sentence s : annotation.sentences()) {
            for (Token t : s.tokens()) {
                if (t.lemma() != null && isContentWord(t.pos())) {
                    addWord(words, t.lemma());
                    if (s.index() < LEAD_SENTENCES) {
                        addWord(lead, t.lemma());
                    }
                }
            }
        }
        for (int i = 0; i < HEADLINE_WEIGHT; i++) {
            addText(words, headline);
        }
        addText(lead, headline);
        Map<String, Integer> names = new TreeMap<>();
        for (EntityMention m : annotation.entities()) {
            if (NAME_TYPES.contains(m.type())) {
                String key = nameKey(m);
                if (!key.isEmpty()) {
                    names.merge(key, 1, Integer::sum);
                    if (m.sentence() < LEAD_SENTENCES) {
                        lead.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return new ArticleTerms(words, names, lead);
    }

    /** Terms from plain text and given names, without annotation (tests, benchmarks). */
    public static ArticleTerms ofText(String text, Iterable<String> names) {
        Map<String, Integer> words = new TreeMap<>();
        addText(words, text);
        Map<String, Integer> nameCounts = new TreeMap<>();
        names.forEach(n -> nameCounts.merge(StoryEvidence.norm(n), 1, Integer::sum));
        return new ArticleTerms(words, nameCounts);
    }

    /** Persons by last name ("Lohan" = "Lindsay Lohan"); the rest as written, lower case, without "the". */
    static String nameKey(EntityMention m) {
        String n = StoryEvidence.norm(m.text());
        if (m.type() == EntityType.PERSON) {
            int space = n.lastIndexOf(' ');
            return space < 0 ? n : n.substring(space + 1);
        }
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static Map<String, Integer> union(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> union = new TreeMap<>(a);
        b.forEach((term, count) -> union.merge(term, count, Integer::sum));
        return union;
    }

    private static void addText(Map<String, Integer> words, String text) {
        if (text == null) {
            return;
        }
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 2) {
                addWord(words, w);
            }
        }
    }

    private static void addWord(Map<String, Integer> words, String lemma) {
        String w = lemma.toLowerCase(Locale.ROOT);
        if (!STOP.contains(w) && w.codePoints().anyMatch(Character::isLetterOrDigit)) {
            words.merge(w, 1, Integer::sum);
        }
    }

    /** Nouns, verbs, adjectives, numbers and foreign words. */
    private static boolean isContentWord(PartOfSpeech pos) {
        return pos.isNoun() || pos.isVerb() || pos.isAdjective() || pos == PartOfSpeech.NUMBER
                || pos == PartOfSpeech.FOREIGN_WORD;
    }
}

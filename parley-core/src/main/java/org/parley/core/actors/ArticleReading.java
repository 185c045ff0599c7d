package org.parley.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.parley.core.analysis.ArticleSections;
import org.parley.model.AnnotatedText;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * One article being read for actors: the state every {@link ReadingPass} reads and adds to. Fixed:
 * the sentences with their tokens and words, their {@link ArticleSections} (given: the article's, photo
 * captions known; for a bare annotation, captions unknown), the reference date. Growing:
 * the claimed tokens (a token belongs to one reference at most, and the first pass to claim it
 * wins), the {@link Reference}s found so far in the order they were found, and the {@link People}
 * met. Made fresh for each article by {@link ActorPasses}; not thread-safe.
 */
final class ArticleReading {

    private final List<Sentence> sentences;
    private final List<List<String>> words;
    private final List<List<String>> lowerWords;
    private final List<List<String>> dictionaryWords;
    private final ArticleSections sections;
    private final LocalDate date;
    private final People people;
    private final boolean[][] claimed;
    private final List<Reference> found = new ArrayList<>();

    ArticleReading(AnnotatedText text, ArticleSections sections, LocalDate date, People people) {
        this.sentences = text.sentences();
        this.words = sentences.stream().map(s -> s.tokens().stream().map(Token::word).toList()).toList();
        this.lowerWords = words.stream().map(ws -> ws.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
        this.dictionaryWords = words.stream().map(DictionaryActors::dictionaryWords).toList();
        this.sections = sections;
        this.date = date;
        this.people = people;
        this.claimed = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            claimed[s] = new boolean[sentences.get(s).tokens().size()];
        }
    }

    int sentenceCount() {
        return sentences.size();
    }

    List<Token> tokens(int s) {
        return sentences.get(s).tokens();
    }

    List<String> words(int s) {
        return words.get(s);
    }

    /** The words of sentence {@code s} in lower case. */
    List<String> lowerWords(int s) {
        return lowerWords.get(s);
    }

    /** The words of sentence {@code s} as the actor dictionaries spell them ({@link DictionaryActors#dictionaryWords}). */
    List<String> dictionaryWords(int s) {
        return dictionaryWords.get(s);
    }

    ArticleSections sections() {
        return sections;
    }

    /** The date at which the knowledge base is asked who held an office; null when unknown. */
    LocalDate date() {
        return date;
    }

    People people() {
        return people;
    }

    // ---------------------------------------------------------------- claimed tokens

    void claim(int s, int begin, int end) {
        for (int k = begin; k < end; k++) {
            claimed[s][k] = true;
        }
    }

    boolean isClaimed(int s, int i) {
        return claimed[s][i];
    }

    /** Whether any token of {@code [begin, end)} (clipped to the sentence) is claimed. */
    boolean claimedAny(int s, int begin, int end) {
        for (int k = begin; k < end && k < claimed[s].length; k++) {
            if (claimed[s][k]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- references

    /** The references found so far, in the order they were found: a live, read-only view. */
    List<Reference> references() {
        return Collections.unmodifiableList(found);
    }

    /** The references found so far in text order; those at one position keep the order they were found in. */
    List<Reference> inTextOrder() {
        List<Reference> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(Reference::position));
        return copy;
    }

    /** Claims the tokens of {@code r} and adds it: how every pass adds a reference of its own. */
    void claim(Reference r) {
        claim(r.sentence(), r.begin(), r.end());
        found.add(r);
    }

    /** Replaces the {@code index}th reference found (a country grown over its noun, a ministry given a country). */
    void replace(int index, Reference r) {
        found.set(index, r);
    }

    void remove(Predicate<Reference> which) {
        found.removeIf(which);
    }

    /** Every reference as a mention, in text order. */
    List<ActorMention> mentions() {
        List<Reference> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Reference::sentence).thenComparingInt(Reference::begin));
        List<ActorMention> out = new ArrayList<>(ordered.size());
        for (Reference r : ordered) {
            List<Token> toks = tokens(r.sentence());
            Span span = new Span(toks.get(r.begin()).span().begin(), toks.get(r.end() - 1).span().end());
            out.add(new ActorMention(r.sentence(), r.begin(), r.end(), span, TokenRuns.written(toks, r.begin(), r.end()),
                    r.resolved(), r.basis(), r.title()));
        }
        return List.copyOf(out);
    }
}

package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.core.analysis.DependencyGraph;

/**
 * One sentence as the dictionaries see it: each token's word and lemma upper-cased, and whether
 * it can stand for an actor (a noun, proper noun or pronoun by its dependency role or tag).
 */
final class SentenceWords {

    private final DependencyGraph graph;
    private final List<String> words = new ArrayList<>();
    private final List<String> lemmas = new ArrayList<>();

    SentenceWords(DependencyGraph graph) {
        this.graph = graph;
        for (int i = 0; i < graph.size(); i++) {
            words.add(graph.word(i).toUpperCase(Locale.ROOT));
            lemmas.add(graph.lemma(i).toUpperCase(Locale.ROOT));
        }
    }

    DependencyGraph graph() {
        return graph;
    }

    /** The upper-case words, for phrase lookups. */
    List<String> words() {
        return words;
    }

    String word(int i) {
        return words.get(i);
    }

    String lemma(int i) {
        return lemmas.get(i);
    }

    /** Whether dictionary word {@code word} (upper-case) matches token {@code i} as written or by lemma. */
    boolean matches(int i, String word) {
        return words.get(i).equals(word) || lemmas.get(i).equals(word);
    }

    /** Whether token {@code i} can head a phrase naming an actor. */
    boolean isNounLike(int i) {
        String relation = graph.baseRelation(i);
        return graph.isNoun(i) || relation.equals("nsubj") || relation.equals("obj") || relation.equals("obl")
                || relation.equals("nmod") || relation.equals("iobj");
    }
}

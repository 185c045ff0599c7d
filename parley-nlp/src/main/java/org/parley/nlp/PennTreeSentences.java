package org.parley.nlp;

import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.ling.TaggedWord;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Dependency;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Turns a Penn Treebank parse written as brackets ({@code (ROOT (S (NP (NNP Arnor)) ...))}) into a
 * Parley {@link Sentence}: tokens with their Penn tags and CoreNLP lemmas, and the basic Universal
 * Dependencies CoreNLP derives from the tree. Lets gold parses (PETRARCH's unit-test records) be
 * coded without running a parser. The sentence text is the words joined by single spaces; no
 * entity tags are given ({@code O}).
 *
 * <p>Stateless and thread-safe.
 */
public final class PennTreeSentences {

    /**
     * The sentence the bracketed {@code parse} describes.
     *
     * @throws IllegalArgumentException when the brackets do not form a tree
     */
    public Sentence sentence(String parse) {
        Tree tree;
        try {
            tree = Tree.valueOf(parse.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a bracketed parse: " + e.getMessage(), e);
        }
        if (tree == null || tree.getLeaves().isEmpty()) {
            throw new IllegalArgumentException("not a bracketed parse: no words");
        }
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (TaggedWord w : tree.taggedYield()) {
            String lemma = Morphology.lemmaStatic(w.word(), w.tag());
            tokens.add(new Token(w.word(), new Span(offset, offset + w.word().length()), PartOfSpeech.fromPenn(w.tag()),
                    lemma, EntityType.NONE));
            offset += w.word().length() + 1;
        }
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree);
        List<Dependency> dependencies = new ArrayList<>();
        for (TypedDependency d : structure.typedDependencies()) {
            int dependent = d.dep().index() - 1;
            int governor = d.gov().index() - 1; // the artificial ROOT has index 0
            dependencies.add(new Dependency(governor < 0 ? "root" : d.reln().toString(), Math.max(governor, -1), dependent));
        }
        return new Sentence(0, new Span(0, Math.max(0, offset - 1)), tokens, dependencies);
    }
}

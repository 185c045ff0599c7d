package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * One sentence's dependency parse as arrays (head and relation per token, children per token), for
 * walking the tree. Immutable once built; built per call, never shared.
 */
final class ParsedSentence {

    /** Relations that open a clause of their own: a noun phrase stops there. */
    private static final Set<String> CLAUSAL = Set.of("acl:relcl", "advcl", "parataxis", "ccomp", "xcomp", "dep",
            "csubj", "punct:clause");

    final Sentence sentence;
    final List<Token> tokens;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children = new ArrayList<>();

    ParsedSentence(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "");
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            // A malformed edge (index past the sentence) is ignored rather than failing the article.
            if (d.dependent() < n && d.governor() < n) {
                head[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
                if (d.governor() >= 0) {
                    children.get(d.governor()).add(d.dependent());
                }
            }
        }
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    /** Lower-cased lemma (the word when the tagger gave none). */
    String lemma(int i) {
        Token t = tokens.get(i);
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        String pos = tokens.get(i).pos();
        return pos != null && pos.startsWith("VB");
    }

    int head(int i) {
        return head[i];
    }

    String relation(int i) {
        return relation[i];
    }

    /** Children of {@code i} whose relation starts with {@code prefix} ("nsubj" also matches "nsubj:pass"). */
    List<Integer> children(int i, String prefix) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (relation[c].equals(prefix) || relation[c].startsWith(prefix + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    boolean hasChildWord(int i, String relationPrefix, Set<String> lowerWords) {
        return children(i, relationPrefix).stream().anyMatch(c -> lowerWords.contains(lower(c)));
    }

    /** The preposition introducing {@code i} ("with" in "with the Ministry"), or "". */
    String caseOf(int i) {
        for (int c : children(i, "case")) {
            return lower(c);
        }
        return "";
    }

    /** {@code i}, its conjuncts, and theirs ("X, Y and Z"). */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size(); k++) {
            for (int c : children(out.get(k), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The noun phrase under {@code i}: its subtree without clauses (relative clauses, adverbial clauses). */
    TreeSet<Integer> phrase(int i) {
        TreeSet<Integer> out = new TreeSet<>();
        collect(i, out, true);
        return out;
    }

    /** The whole subtree under {@code i}. */
    TreeSet<Integer> subtree(int i) {
        TreeSet<Integer> out = new TreeSet<>();
        collect(i, out, false);
        return out;
    }

    private void collect(int i, Set<Integer> out, boolean stopAtClauses) {
        if (!out.add(i)) {
            return;
        }
        for (int c : children.get(i)) {
            if (stopAtClauses && isClause(c)) {
                continue;
            }
            collect(c, out, stopAtClauses);
        }
    }

    private boolean isClause(int c) {
        if (CLAUSAL.contains(relation[c])) {
            return true;
        }
        // "an agreement on upgrading the headquarters" keeps its topic; "a deal that ..." does not.
        return relation[c].equals("acl") && children(c, "case").isEmpty();
    }
}

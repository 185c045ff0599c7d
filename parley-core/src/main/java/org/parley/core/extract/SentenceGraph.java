package org.parley.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Navigation over one sentence's basic dependency tree (UD relation names). Immutable. */
final class SentenceGraph {

    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            governor[i] = -1;
            relation[i] = "";
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue; // a parse that does not fit its tokens is ignored edge by edge
            }
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return governor.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        return token(i).pos() != null && token(i).pos().startsWith("VB");
    }

    boolean isNoun(int i) {
        return token(i).pos() != null && token(i).pos().startsWith("NN");
    }

    int governor(int i) {
        return governor[i];
    }

    /** The relation to the governor, with its subtype ("nmod:poss"). */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype ("nmod" for "nmod:poss"). */
    String baseRelation(int i) {
        int colon = relation[i].indexOf(':');
        return colon < 0 ? relation[i] : relation[i].substring(0, colon);
    }

    /** The root of the tree (relation "root"), or -1. */
    int root() {
        for (int i = 0; i < size(); i++) {
            if (relation[i].equals("root")) {
                return i;
            }
        }
        return -1;
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** Dependents whose full relation is one of {@code relations}. */
    List<Integer> children(int i, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (int child : children.get(i)) {
            for (String r : relations) {
                if (relation[child].equals(r)) {
                    found.add(child);
                    break;
                }
            }
        }
        return found;
    }

    /** The lemma of the preposition introducing {@code i} ("with" in "with Son"), or "". */
    String caseOf(int i) {
        for (int child : children.get(i)) {
            if (relation[child].equals("case")) {
                return lemma(child);
            }
        }
        return "";
    }

    boolean hasChildLemma(int i, String lemma) {
        for (int child : children.get(i)) {
            if (lemma(child).equals(lemma)) {
                return true;
            }
        }
        return false;
    }
}

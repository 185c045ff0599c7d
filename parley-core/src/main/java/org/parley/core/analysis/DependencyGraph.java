package org.parley.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.Dependency;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * One sentence's basic dependency tree, for walking it: the governor and relation of every token
 * and the dependents of every token, in the order the parse lists them.
 *
 * <p>Relation names are those of Universal Dependencies ({@code nsubj}, {@code obj}, {@code obl},
 * {@code nmod:poss}...): Parley's convention for parses, whatever parser produced them. A relation
 * may carry a subtype after a colon; {@link #children(int, String...)} matches whole names,
 * {@link #childrenWithSubtypes} a relation and its subtypes. Token indexes are 0-based positions in
 * the sentence; a token without a governor (the root, or a token the parse left out) has governor
 * -1 and relation "". An edge that does not fit the sentence's tokens is ignored, not an error.
 *
 * <p>Immutable and thread-safe.
 */
public final class DependencyGraph {

    /** Relations that open a clause of their own: a noun phrase stops there. */
    private static final Set<String> CLAUSAL = Set.of("acl:relcl", "advcl", "parataxis", "ccomp", "xcomp", "dep",
            "csubj", "punct:clause");

    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;
    /** Per token: tagged a noun but used as a verb ({@link #modalNoun(int)}). */
    private final boolean[] modalNoun;
    // every pass asks for lower-case words and lemmas, token by token: folded once here
    private final String[] lower;
    private final String[] lemma;

    public DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            governor[i] = -1;
            relation[i] = "";
            dependents.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue; // a parse that does not fit its tokens is ignored edge by edge
            }
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                dependents.get(d.governor()).add(d.dependent());
            }
        }
        children = dependents.stream().map(List::copyOf).toList();
        modalNoun = new boolean[n];
        lower = new String[n];
        lemma = new String[n];
        for (int i = 0; i < n; i++) {
            modalNoun[i] = modalNoun(i);
            Token t = token(i);
            lower[i] = t.word().toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return governor.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The token as written. */
    public String word(int i) {
        return token(i).word();
    }

    /** The token lower-cased. */
    public String lower(int i) {
        return lower[i];
    }

    /** The lemma lower-cased (the word when the tagger gave none). */
    public String lemma(int i) {
        return lemma[i];
    }

    /** A verb by its tag, or a word tagged a noun that is used as a verb ({@link #modalNoun}). */
    public boolean isVerb(int i) {
        return token(i).pos().isVerb() || modalNoun[i];
    }

    /** A noun by its tag, unless it is used as a verb ({@link #modalNoun}). */
    public boolean isNoun(int i) {
        return token(i).pos().isNoun() && !modalNoun[i];
    }

    /**
     * Whether a word tagged a noun is the verb of its clause: a modal is its auxiliary and there
     * is no copula ("they would blockade Paris", where the tagger read "blockade" as a noun; "he
     * will be president" keeps its noun).
     */
    private boolean modalNoun(int i) {
        if (!token(i).pos().isNoun()) {
            return false;
        }
        List<Integer> dependents = children.get(i);
        return dependents.stream().anyMatch(c -> relation[c].equals("aux") && token(c).pos() == PartOfSpeech.MODAL)
                && dependents.stream().noneMatch(c -> relation[c].equals("cop"));
    }

    /** The token {@code i} depends on, or -1. */
    public int governor(int i) {
        return governor[i];
    }

    /** The relation to the governor, with its subtype ("nmod:poss"). */
    public String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype ("nmod" for "nmod:poss"). */
    public String baseRelation(int i) {
        int colon = relation[i].indexOf(':');
        return colon < 0 ? relation[i] : relation[i].substring(0, colon);
    }

    /** The root of the tree (relation "root"), or -1. */
    public int root() {
        for (int i = 0; i < size(); i++) {
            if (relation[i].equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /** All dependents of {@code i}. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Dependents whose full relation is one of {@code relations}. */
    public List<Integer> children(int i, String... relations) {
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

    /** Dependents whose relation is {@code relation} or one of its subtypes ("nsubj" also matches "nsubj:pass"). */
    public List<Integer> childrenWithSubtypes(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (this.relation[c].equals(relation) || this.relation[c].startsWith(relation + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The lemma of the preposition ({@code case} dependent) introducing {@code i} ("with" in "with Son"), or "". */
    public String caseLemma(int i) {
        for (int child : children.get(i)) {
            if (relation[child].equals("case")) {
                return lemma(child);
            }
        }
        return "";
    }

    /** The lower-cased word of the first {@code case} dependent (subtypes too) of {@code i}, or "". */
    public String caseWord(int i) {
        for (int c : childrenWithSubtypes(i, "case")) {
            return lower(c);
        }
        return "";
    }

    public boolean hasChildLemma(int i, String lemma) {
        for (int child : children.get(i)) {
            if (lemma(child).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dependent by {@code relation} (or a subtype) has one of the lower-cased {@code words}. */
    public boolean hasChildWord(int i, String relation, Set<String> words) {
        return childrenWithSubtypes(i, relation).stream().anyMatch(c -> words.contains(lower(c)));
    }

    /**
     * Whether the clause of {@code verb} is opened by one of the lower-cased {@code marks} ("after",
     * "since"): a {@code mark} dependent, or a phrase the parser made of the clause's subject ("after
     * Niger, Mali and Burkina Faso announced ...", "after Son and Blinken held ...": "after" taken as
     * the case of the subject, hung elsewhere) that starts with the mark and ends just before the verb.
     */
    public boolean clauseOpenedBy(int verb, Set<String> marks) {
        if (children(verb, "mark").stream().anyMatch(m -> marks.contains(lower(m)))) {
            return true;
        }
        for (int node = 0; node < verb; node++) {
            for (int c : children.get(node)) {
                if (c < node && relation[c].equals("case") && marks.contains(lower(c))) {
                    TreeSet<Integer> phrase = subtree(node);
                    if (phrase.last() == verb - 1 && phrase.first() == c) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The first conjunct of the coordination {@code i} belongs to ("A" for "B" in "A and B"; "speed up"
     * for "hold" in "to speed up ... and to hold ..."), or {@code i}. Bounded by the sentence's length.
     */
    public int coordinationHead(int i) {
        int h = i;
        for (int steps = 0; steps < size() && governor(h) >= 0 && relation(h).equals("conj"); steps++) {
            h = governor(h);
        }
        return h;
    }

    /** {@code i}, its conjuncts, and theirs ("X, Y and Z"). */
    public List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size(); k++) {
            for (int c : childrenWithSubtypes(out.get(k), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The noun phrase under {@code i}: its subtree without clauses (relative clauses, adverbial clauses). */
    public TreeSet<Integer> phrase(int i) {
        TreeSet<Integer> out = new TreeSet<>();
        collect(i, out, true);
        return out;
    }

    /** The whole subtree under {@code i}. */
    public TreeSet<Integer> subtree(int i) {
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
        return relation[c].equals("acl") && childrenWithSubtypes(c, "case").isEmpty();
    }
}

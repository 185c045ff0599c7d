package org.parley.core.extract.commitments;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.analysis.DependencyGraph;

/**
 * The title of a signed document: its noun phrase with its modifiers ("MOC on Culture and
 * People-to-People Ties"), without its determiner, amount, or where, when and with whom it was
 * signed; null when only the generic name is left ("a $500 million MOU"). Stateless; one per
 * sentence.
 */
final class Titles {

    private static final Set<String> GENERIC_TITLE_WORDS = CommitmentWords.of("generic_title_words");
    private static final Set<String> NOT_IN_TITLE = CommitmentWords.of("not_in_title");
    private static final Set<String> TRAILING_PUNCTUATION = Set.of(",", ".", ";", ":");

    private final DependencyGraph p;
    private final SentenceAmounts amounts;

    Titles(DependencyGraph p, SentenceAmounts amounts) {
        this.p = p;
        this.amounts = amounts;
    }

    /** The title of the document noun {@code noun} whose phrase is {@code phrase}, or null. */
    String of(int noun, TreeSet<Integer> phrase) {
        TreeSet<Integer> kept = new TreeSet<>();
        Set<Integer> dropped = new HashSet<>();
        for (int t : phrase) {
            // Where and when it was signed, and with whom, are not part of its name.
            if (t != noun && (p.relation(t).equals("nmod:poss")
                    || (p.relation(t).startsWith("nmod") && NOT_IN_TITLE.contains(p.caseWord(t))))) {
                dropped.addAll(p.subtree(t));
            }
        }
        for (int t : phrase) {
            boolean leadingDeterminer = p.relation(t).equals("det") && p.governor(t) == noun;
            if (t == noun || !(leadingDeterminer || amounts.covers(t) || dropped.contains(t))) {
                kept.add(t);
            }
        }
        // Only the contiguous run around the noun: a title has no holes.
        int first = noun;
        while (kept.contains(first - 1)) {
            first--;
        }
        int last = noun;
        while (kept.contains(last + 1)) {
            last++;
        }
        while (last > first && TRAILING_PUNCTUATION.contains(p.word(last))) {
            last--;
        }
        boolean generic = true;
        for (int t = first; t <= last; t++) {
            generic &= GENERIC_TITLE_WORDS.contains(p.lower(t));
        }
        if (generic) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (int t = first; t <= last; t++) {
            if (t > first && p.token(t).span().begin() > p.token(t - 1).span().end()) {
                title.append(' ');
            }
            title.append(p.word(t));
        }
        return title.toString();
    }
}

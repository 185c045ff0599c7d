package org.parley.core.actors;

import java.util.List;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The sections of an article for reference resolution: a sentence without final punctuation is a
 * headline (or caption), and a headline after a body sentence starts a new section. Descriptions
 * and pronouns look for their person within the section. Immutable.
 */
final class Sections {

    private static final int LONGEST_HEADLINE = 25;
    /** What ends a sentence of running text; CoreNLP writes ")" as "-RRB-". */
    private static final Set<String> FINAL_MARKS = Set.of(".", "!", "?", "\"", "”", "''", "'", "’", ")", ":",
            "-RRB-", "|");

    private final boolean[] headline;
    private final int[] section;

    Sections(List<Sentence> sentences) {
        headline = new boolean[sentences.size()];
        section = new int[sentences.size()];
        int current = 0;
        for (int s = 0; s < sentences.size(); s++) {
            headline[s] = looksLikeHeadline(sentences.get(s));
            if (headline[s] && s > 0 && !headline[s - 1]) {
                current++;
            }
            section[s] = current;
        }
    }

    boolean isHeadline(int s) {
        return headline[s];
    }

    boolean same(int s, int t) {
        return section[s] == section[t];
    }

    private static boolean looksLikeHeadline(Sentence sentence) {
        List<Token> toks = sentence.tokens();
        if (toks.isEmpty() || toks.size() > LONGEST_HEADLINE) {
            return false;
        }
        return !FINAL_MARKS.contains(toks.get(toks.size() - 1).word());
    }
}

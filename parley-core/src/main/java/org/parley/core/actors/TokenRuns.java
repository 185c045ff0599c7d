package org.parley.core.actors;

import java.util.List;
import org.parley.model.EntityType;
import org.parley.model.Token;

/** How a run of tokens reads: as written, whether it can be a name. Stateless. */
final class TokenRuns {

    private TokenRuns() {
    }

    /** Tokens {@code [begin, end)} as written: a space wherever the text had a gap, so "Export-Import" stays glued. */
    static String written(List<Token> toks, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = begin; k < end; k++) {
            if (k > begin && toks.get(k).span().begin() > toks.get(k - 1).span().end()) {
                b.append(' ');
            }
            b.append(toks.get(k).word());
        }
        return b.toString();
    }

    /** Whether tokens [b, e) can be a name: they start and end with a word, not punctuation or "the". */
    static boolean nameLike(List<Token> toks, int b, int e) {
        String first = toks.get(b).word();
        String last = toks.get(e - 1).word();
        return Character.isLetterOrDigit(first.charAt(0)) && Character.isLetterOrDigit(last.charAt(0))
                && !first.equalsIgnoreCase("the") && !isPossessive(last);
    }

    static boolean isPersonTag(Token t) {
        return t.ner() == EntityType.PERSON;
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    static boolean startsUpper(String w) {
        return Character.isUpperCase(w.charAt(0));
    }
}

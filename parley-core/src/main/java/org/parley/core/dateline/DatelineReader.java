package org.parley.core.dateline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.AnnotatedText;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Finds the {@link ArticleDateline} at the start of a sentence from its tokens and the time
 * expressions of the annotation: {@code Place[, Place], Date (Agency) -}, where the date is a time
 * expression beginning right after the comma and the agency in brackets or a dash (or colon) must
 * follow it; or, without a date, {@code Place (Agency) -}, agency and dash both. A place is a run
 * of at most {@value #LONGEST_PLACE} capitalised words. The date is read by the annotator, not
 * here: this class only finds where a dateline stands. Stateless and thread-safe.
 *
 * <p>Design decision: {@link DatelineParser} reads the same shape from raw lines, before
 * annotation (the publication date, the cleaner's stamp lines), with {@link DateGrammar} for the
 * date; here the text is annotated and its date read already, so only the place, the brackets and
 * the dash are matched, on tokens. The two stay side by side in this package so that a change to
 * the shape is made to both; making one call the other would change which lines count (token
 * limits here, character limits there), a change of output to measure on its own.
 */
public final class DatelineReader {

    /** Words of one place part: {@code RIO DE JANEIRO}, {@code NEW DELHI}. */
    static final int LONGEST_PLACE = 5;
    /** Words inside the agency's brackets: {@code (Capital Wire)}, {@code (AP)}. */
    static final int LONGEST_AGENCY = 6;
    private static final Set<String> PLACE_MARKS = Set.of(".", "'", "’", "-");
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "_", ":");

    private DatelineReader() {
    }

    /** The dateline opening sentence {@code index} of {@code text}; {@code clean} (may be null) gives the place as written. */
    public static Optional<ArticleDateline> read(AnnotatedText text, int index, String clean) {
        Sentence s = text.sentences().get(index);
        List<Token> tokens = s.tokens();
        int placeEnd = placeEnd(tokens, 0);
        if (placeEnd == 0) {
            return Optional.empty();
        }
        int next = placeEnd;
        TimeExpression date = null;
        if (is(tokens, next, ",")) {
            date = dateAt(text, index, tokens, next + 1);
            int second = placeEnd(tokens, next + 1);
            if (date == null && second > next + 1 && is(tokens, second, ",")) {
                placeEnd = second;   // "SAN JOSE, Costa Rica, May 29"
                date = dateAt(text, index, tokens, second + 1);
            }
            if (date == null) {
                return Optional.empty();
            }
            next = after(tokens, date.span());
        }
        int agencyEnd = agencyEnd(tokens, next);
        boolean agency = agencyEnd > next;
        next = agencyEnd;
        boolean dash = next < tokens.size() && DASHES.contains(tokens.get(next).word());
        if (dash) {
            next++;
        }
        if (date != null ? !(agency || dash) : !(agency && dash)) {
            return Optional.empty();
        }
        Span placeSpan = new Span(tokens.get(0).span().begin(), tokens.get(placeEnd - 1).span().end());
        String place = clean != null ? placeSpan.of(clean) : words(tokens.subList(0, placeEnd));
        Span span = new Span(tokens.get(0).span().begin(), tokens.get(next - 1).span().end());
        return Optional.of(new ArticleDateline(index, span, place, date));
    }

    /** The end of the run of capitalised words from {@code from}, or {@code from} when none starts there. */
    private static int placeEnd(List<Token> tokens, int from) {
        int end = from;
        int words = 0;
        while (end < tokens.size() && words <= LONGEST_PLACE) {
            String w = tokens.get(end).word();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                words++;
            } else if (!PLACE_MARKS.contains(w) || end == from) {
                break;
            }
            end++;
        }
        return words == 0 || words > LONGEST_PLACE ? from : end;
    }

    /** The time expression of sentence {@code index} that begins at token {@code at}, or null. */
    private static TimeExpression dateAt(AnnotatedText text, int index, List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        int begin = tokens.get(at).span().begin();
        return text.times().stream().filter(t -> t.sentence() == index && t.span().begin() == begin)
                .findFirst().orElse(null);
    }

    /** The first token after {@code span}. */
    private static int after(List<Token> tokens, Span span) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().begin() < span.end()) {
            i++;
        }
        return i;
    }

    /** The token after an agency in brackets opening at {@code from}, or {@code from} when none does. */
    private static int agencyEnd(List<Token> tokens, int from) {
        if (!is(tokens, from, "(") || from + 1 >= tokens.size()
                || !tokens.get(from + 1).word().matches("\\p{Lu}.*")) {
            return from;
        }
        for (int i = from + 2; i < tokens.size() && i <= from + 1 + LONGEST_AGENCY; i++) {
            if (is(tokens, i, ")")) {
                return i + 1;
            }
        }
        return from;
    }

    private static boolean is(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).word().equals(word);
    }

    private static String words(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::word).toList());
    }
}

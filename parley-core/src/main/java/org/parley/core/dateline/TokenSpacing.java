package org.parley.core.dateline;

import java.util.regex.Pattern;

/**
 * Closes the spaces a tokenizer put inside dates and times, so that {@link DateGrammar} reads them:
 * {@code 08 : 45} → {@code 08:45}, {@code 2013 - 09 - 28} → {@code 2013-09-28},
 * {@code 11 / 12 / 2007} → {@code 11/12/2007}, {@code Dec - 19 - 05} → {@code Dec-19-05},
 * {@code p. m.} → {@code p.m.}, and puts one where a word is glued to {@code P.M.}
 * ({@code 10:55 P.M.FEB. 2}). Runs of white space become one space.
 *
 * <p>Only three-part numbers are joined with {@code -} or {@code /}: a score such as
 * {@code 20 - 13} or a span such as {@code 1978 - 89} keeps its spaces. Stateless and thread-safe.
 */
public final class TokenSpacing {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COLON = Pattern.compile("(?<=\\d)\\s*:\\s*(?=\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,4}) ?([/\\-]) ?(\\d{1,2}) ?\\2 ?(\\d{2,4})(?!\\d)");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "(" + DateGrammar.MONTH + ") ?- ?(\\d{1,2}) ?- ?(\\d{2,4})(?!\\d)", DateGrammar.FLAGS);
    private static final Pattern MERIDIEM = Pattern.compile("(?<![\\p{L}])([ap])\\. ?(m)\\.", DateGrammar.FLAGS);
    private static final Pattern GLUED_AFTER_MERIDIEM = Pattern.compile("(?<![\\p{L}])([ap]\\.m\\.)(?=\\p{L})", DateGrammar.FLAGS);

    private TokenSpacing() {
    }

    /** {@code text} with the spaces inside dates and times closed. */
    public static String join(String text) {
        String s = SPACES.matcher(text.strip()).replaceAll(" ");
        s = COLON.matcher(s).replaceAll(":");
        s = NUMERIC_DATE.matcher(s).replaceAll("$1$2$3$2$4");
        s = MONTH_DATE.matcher(s).replaceAll("$1-$2-$3");
        s = MERIDIEM.matcher(s).replaceAll("$1.$2.");
        return GLUED_AFTER_MERIDIEM.matcher(s).replaceAll("$1 ");
    }
}

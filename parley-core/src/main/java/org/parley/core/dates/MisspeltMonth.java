package org.parley.core.dates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.dateline.DateGrammar;

/**
 * Repairs a full month name misspelt by one letter in a date stamp ({@code Novemer 27, 2005}), so
 * that {@link DateGrammar} reads it. A word is taken for a month only when it is one edit (a letter
 * added, dropped or changed) from a full month name of five letters or more and a day and a year
 * follow it: shorter names ({@code May}, {@code June}) are one letter from too many words, and
 * without the day and year a word such as {@code Marco} or {@code Match} stays a word.
 * Stateless and thread-safe.
 */
final class MisspeltMonth {

    private static final List<String> LONG_MONTHS = List.of("january", "february", "march", "april", "august",
            "september", "october", "november", "december");
    private static final Pattern BEFORE_DAY_AND_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?<word>\\p{L}{4,10})(?=\\s*" + DateGrammar.DAY + "(?:\\s*,\\s*|\\s+)" + DateGrammar.YEAR + ")",
            DateGrammar.FLAGS);

    /** A stamp with its month name repaired, and what was repaired (for the date's evidence). */
    record Repaired(String text, String note) {
    }

    private MisspeltMonth() {
    }

    /** {@code text} with its first misspelt month before a day and a year repaired; empty when none is. */
    static Optional<Repaired> repair(String text) {
        Matcher m = BEFORE_DAY_AND_YEAR.matcher(text);
        while (m.find()) {
            String word = m.group("word");
            Optional<String> month = monthOneEditFrom(word.toLowerCase(Locale.ROOT));
            if (month.isPresent()) {
                String name = Character.toUpperCase(month.get().charAt(0)) + month.get().substring(1);
                String repaired = text.substring(0, m.start()) + name + text.substring(m.end());
                return Optional.of(new Repaired(repaired, "month " + word + " read as " + name));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> monthOneEditFrom(String word) {
        if (LONG_MONTHS.contains(word)) {
            return Optional.empty(); // spelt right: nothing to repair
        }
        return LONG_MONTHS.stream().filter(month -> oneEdit(word, month)).findFirst();
    }

    /** Whether {@code a} becomes {@code b} by adding, dropping or changing exactly one letter. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        int same = 0;
        while (same < shorter.length() && shorter.charAt(same) == longer.charAt(same)) {
            same++;
        }
        // past the first difference the rest must agree: after the changed letter when the lengths
        // are equal, after the longer word's extra letter otherwise
        String rest = shorter.length() == longer.length() ? shorter.substring(same + 1) : shorter.substring(same);
        return rest.equals(longer.substring(same + 1));
    }
}

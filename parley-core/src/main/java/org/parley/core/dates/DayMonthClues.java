package org.parley.core.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the day/month order of a numeric publication stamp such as {@code 05 / 02 / 2013} when
 * neither the stamp nor the outlet does, from what the same page says elsewhere. Clues, strongest
 * first; the first that fits exactly one reading decides:
 * <ol>
 *   <li>the date in the page's URL path ({@code /2013/08/}, {@code /2010/09/14/}): news sites file
 *       pages under their publication year and month;</li>
 *   <li>a date with the month written as a word in the text ({@code May 2}, {@code 2 May 2013}).</li>
 * </ol>
 * Otherwise nothing is decided and the stamp stays unread, as before. Design decision: a weekday
 * the text names ({@code on Tuesday}) is no clue: reports name the day of the event, often not
 * the day of publication, so it would pick the wrong reading about one time in seven.
 * Stateless and thread-safe.
 */
final class DayMonthClues {

    /** A numeric year/month (and day) filed in a URL path: {@code /2013/08/}, {@code /2010-09-14/}. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})([/-])(0?[1-9]|1[0-2])(?:\\2(0?[1-9]|[12]\\d|3[01]))?(?=/)");

    /** The order chosen and the clue that chose it, for the date's evidence. */
    record Decision(DayMonthOrder order, String reason) {
    }

    /**
     * The order of {@code stamp} (an {@linkplain Dateline#orderUndecided() undecided} numeric date
     * with a year), judged from the page's {@code url} and {@code text} (either may be null).
     */
    Optional<Decision> decide(Dateline stamp, String url, String text) {
        if (!stamp.orderUndecided() || !stamp.hasYear()) {
            return Optional.empty();
        }
        LocalDate dayFirst = stamp.date();
        LocalDate monthFirst = stamp.inOrder(DayMonthOrder.MONTH_FIRST, null).date();
        return fromUrl(dayFirst, monthFirst, url)
                .or(() -> fromNamedMonths(dayFirst, monthFirst, text));
    }

    private static Optional<Decision> fromUrl(LocalDate dayFirst, LocalDate monthFirst, String url) {
        if (url == null) {
            return Optional.empty();
        }
        // news-please gives tokenized URLs ("http : / / www. site.com / 2013 / 08 / ..."): a URL holds no spaces
        Matcher m = URL_DATE.matcher(url.replaceAll("\\s+", ""));
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            Integer day = m.group(4) == null ? null : Integer.parseInt(m.group(4));
            Predicate<LocalDate> filed = d -> d.getYear() == year && d.getMonthValue() == month
                    && (day == null || d.getDayOfMonth() == day);
            Optional<Decision> decision = onlyOne(dayFirst, monthFirst, filed, "the URL path " + m.group() + "/");
            if (decision.isPresent()) {
                return decision;
            }
        }
        return Optional.empty();
    }

    private Optional<Decision> fromNamedMonths(LocalDate dayFirst, LocalDate monthFirst, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Set<MonthDay> named = new HashSet<>();
        Matcher m = DateGrammar.EXPRESSION.matcher(TokenSpacing.join(text));
        while (m.find()) {
            if (DateGrammar.namesMonth(m)) {
                Dateline d = DateGrammar.read(m, null);
                if (d != null) {
                    named.add(d.monthDay());
                }
            }
        }
        return onlyOne(dayFirst, monthFirst, d -> named.contains(MonthDay.from(d)), "a date the text names");
    }

    private static Optional<Decision> onlyOne(LocalDate dayFirst, LocalDate monthFirst, Predicate<LocalDate> fits,
                                              String clue) {
        boolean day = fits.test(dayFirst);
        boolean month = fits.test(monthFirst);
        if (day == month) {
            return Optional.empty();
        }
        return Optional.of(day
                ? new Decision(DayMonthOrder.DAY_FIRST, "dd/MM read: only that reading fits " + clue)
                : new Decision(DayMonthOrder.MONTH_FIRST, "MM/dd read: only that reading fits " + clue));
    }
}

package org.parley.core.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.dateline.DateGrammar;
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DayMonthOrder;
import org.parley.core.dateline.TokenSpacing;

/**
 * Settles the day/month order of a numeric publication stamp such as {@code 05 / 02 / 2013} when
 * neither the stamp nor the outlet does, from what the same page says elsewhere. Clues, strongest
 * first; the first that fits exactly one reading decides:
 * <ol>
 *   <li>the date in the page's URL path ({@code /2013/08/}, {@code /2010/09/14/}): news sites file
 *       pages under their publication year and month;</li>
 *   <li>a date with the month written as a word in the text ({@code May 2}, {@code 2 May 2013});</li>
 *   <li>the month of such a date ({@code Jan. 6}, {@code Feb. 17} fit {@code 2/3/2009} read as
 *       3 February, not as 2 March), and its year when written: a report names dates near its own,
 *       so a reading whose month the text never names is the less likely one. Weaker than the
 *       day itself, so tried last.</li>
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
        List<Dateline> named = namedDates(text);
        return fromUrl(dayFirst, monthFirst, url)
                .or(() -> fromNamedDays(dayFirst, monthFirst, named))
                .or(() -> fromNamedMonths(dayFirst, monthFirst, named));
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

    /** The dates of {@code text} whose month is written as a word. */
    private static List<Dateline> namedDates(String text) {
        List<Dateline> named = new ArrayList<>();
        if (text == null) {
            return named;
        }
        Matcher m = DateGrammar.EXPRESSION.matcher(TokenSpacing.join(text));
        while (m.find()) {
            Dateline d = DateGrammar.namesMonth(m) ? DateGrammar.read(m, null) : null;
            if (d != null) {
                named.add(d);
            }
        }
        return named;
    }

    private static Optional<Decision> fromNamedDays(LocalDate dayFirst, LocalDate monthFirst, List<Dateline> named) {
        Set<MonthDay> days = new HashSet<>();
        named.forEach(d -> days.add(d.monthDay()));
        return onlyOne(dayFirst, monthFirst, d -> days.contains(MonthDay.from(d)), "a date the text names");
    }

    private static Optional<Decision> fromNamedMonths(LocalDate dayFirst, LocalDate monthFirst, List<Dateline> named) {
        Set<YearMonth> inYear = new HashSet<>();
        Set<Integer> anyYear = new HashSet<>();
        for (Dateline d : named) {
            if (d.hasYear()) {
                inYear.add(YearMonth.from(d.date()));
            } else {
                anyYear.add(d.monthDay().getMonthValue());
            }
        }
        return onlyOne(dayFirst, monthFirst,
                d -> inYear.contains(YearMonth.from(d)) || anyYear.contains(d.getMonthValue()),
                "the month of a date the text names");
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

package org.parley.core.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.dateline.DateGrammar;
import org.parley.core.dateline.Dateline;
import org.parley.core.dateline.DayMonthOrder;
import org.parley.core.dateline.TokenSpacing;

/**
 * Reads a stamp that dates the page by its age and states the day that age counts from:
 * {@code Posted 1 year, 160 days ago [downloaded on 2 October 2013]} is 25 April 2012. The age is
 * whole years, months, weeks and days ({@code a}/{@code an} for one), followed by {@code ago}; the
 * day it counts from is a date {@link DateGrammar} reads after a word saying the page was fetched
 * then ({@code downloaded}, {@code retrieved}, {@code accessed}, {@code captured}, {@code crawled}).
 * An age in hours or minutes gives no day (it may cross midnight), and an age without a stated
 * day gives nothing: both stay unread. Stateless and thread-safe.
 */
final class RelativeStamp {

    private static final String AMOUNT = "(?:\\d{1,4}|an?)\\s+(?:year|month|week|day)s?";
    private static final Pattern AGE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<age>" + AMOUNT + "(?:\\s*(?:,|and)\\s*" + AMOUNT + ")*)\\s+ago(?![\\p{L}])", DateGrammar.FLAGS);
    private static final Pattern PART = Pattern.compile("(?<n>\\d{1,4}|an?)\\s+(?<unit>year|month|week|day)", DateGrammar.FLAGS);
    private static final Pattern FETCHED_AT_END = Pattern.compile(
            "(?<![\\p{L}])(?:downloaded|retrieved|accessed|captured|crawled|fetched)(?:\\s+(?:on|at))?\\s*:?\\s*$",
            DateGrammar.FLAGS);

    private RelativeStamp() {
    }

    /** The day {@code text} dates the page to, counted back from the day it was fetched; empty when it states no such pair. */
    static Optional<Dateline> read(String text, DayMonthOrder order) {
        String s = TokenSpacing.join(text);
        Matcher age = AGE.matcher(s);
        if (!age.find()) {
            return Optional.empty();
        }
        return fetchedOn(s, order).map(fetched -> {
            Period period = period(age.group("age"));
            LocalDate published = fetched.date().minus(period);
            return new Dateline(published, MonthDay.from(published), null, null, null, false, false, s,
                    "read as " + fetched.date() + ", the day the page was fetched, less " + age.group("age").strip());
        });
    }

    /** The date after a word saying the page was fetched, with its year and day/month order known. */
    private static Optional<Dateline> fetchedOn(String s, DayMonthOrder order) {
        Matcher m = DateGrammar.EXPRESSION.matcher(s);
        while (m.find()) {
            Dateline d = DateGrammar.read(m, order);
            if (d != null && d.hasYear() && !d.orderUndecided() && FETCHED_AT_END.matcher(s.substring(0, m.start())).find()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Period period(String age) {
        Period period = Period.ZERO;
        Matcher part = PART.matcher(age);
        while (part.find()) {
            String n = part.group("n");
            int amount = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;
            period = period.plus(switch (part.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> Period.ofYears(amount);
                case "month" -> Period.ofMonths(amount);
                case "week" -> Period.ofWeeks(amount);
                default -> Period.ofDays(amount);
            });
        }
        return period;
    }
}

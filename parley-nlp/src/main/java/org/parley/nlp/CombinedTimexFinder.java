package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two {@link TimexFinder}s read as one: the expressions of the first (HeidelTime), with a value of
 * the second (SUTime) in two cases where the first is known to be weaker:
 * <ul>
 *   <li>a month or day written without a year that the two place in different years: the year
 *       closer to the publication date is kept (the first guesses the year from the tense of the
 *       verbs before the expression, which a quoted or reported sentence often misleads);</li>
 *   <li>a weekday the two place in different weeks (same day of the week, no year written): the
 *       day closer to the publication date (the first puts every weekday of news in the past, so
 *       "is due to travel on Friday" written on a Thursday became the Friday before);</li>
 *   <li>an expression whose value states no number at all ({@code XXXX-XX-XX} for "the same day"
 *       or a weekday without a publication date), other than the present, past or future as such
 *       ({@code PAST_REF}): the second's value when it states one.</li>
 * </ul>
 * Then a weekday still placed before the publication date that the sentence tells as planned
 * ("set to resume on Monday") moves to the coming week ({@link FutureWeekdays}).
 * The second's other expressions are dropped, so it reads only the sentences holding an expression
 * of the first that one of these cases can change, whatever the second's value: the others cannot
 * take its value ({@link #mayTakeSecond}; news mostly names days within the week of publication,
 * which are already the nearest ones, so the second reads few sentences), and of those only the
 * tokens around such an expression ({@link TimexWindows}). Thread-safe when both finders are.
 *
 * <p>Design decision: measured on TempEval-3 dev (cued sentences; docs/nlp-performance.md), the
 * union of both finders' expressions loses value F1 (0.745 against HeidelTime's 0.775: the second's
 * extra expressions are mostly ones the gold does not mark), and always taking the year nearest
 * the publication date without the second's agreement loses too (0.773): the tense is right more
 * often than not, so only a disagreement between the two is settled by nearness (0.780).
 */
final class CombinedTimexFinder implements TimexFinder {

    private static final Pattern YEAR_THEN_MONTH = Pattern.compile("(\\d{4})(-\\d{2}(?:-\\d{2})?)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
    /** A weekday's name, whole or cut short ("Thursday", "Thurs."). */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b");
    /** TimeML's values for the present, the past and the future as such: kept, not replaced by a point. */
    private static final Set<String> VAGUE_REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");

    private final TimexFinder first;
    private final TimexFinder second;

    CombinedTimexFinder(TimexFinder first, TimexFinder second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
        List<FoundTimex> firsts = first.find(text, sentences, published);
        List<FoundTimex> open = firsts.stream().filter(f -> mayTakeSecond(f, text, published)).toList();
        List<FoundTimex> seconds = open.isEmpty() ? List.of() : second.find(text,
                TimexWindows.around(sentences, open, TimexWindows.BEFORE, TimexWindows.CONTEXT), published);
        List<FoundTimex> out = new ArrayList<>();
        for (FoundTimex found : firsts) {
            FoundTimex settled = open.contains(found) ? settled(found, seconds, text, published) : found;
            out.add(published.isPresent() ? FutureWeekdays.settled(settled, text, sentences, published.get()) : settled);
        }
        return out;
    }

    /**
     * Whether one of the cases above can give {@code found} the second's value, whatever that value:
     * no number stated, or a month or day without a written year for which another year would be
     * nearer to the publication date, or a day written with its weekday's name for which another week
     * would be. A day within three days of it is already the nearest of its weekday and, unless near
     * New Year, of its date; a day written without a weekday ("March 12", "a month ago") can only
     * take another year. The present, the past and the future as such ({@code PRESENT_REF},
     * {@code PAST_REF}, {@code FUTURE_REF}) are not asked: the second could only replace them by a
     * made-up point ("several years ago" as the day a year before publication). Only the expressions
     * asked take the second's value, so what it reads decides nothing else.
     */
    static boolean mayTakeSecond(FoundTimex found, String text, Optional<LocalDate> published) {
        if (statesNoNumber(found.value())) {
            return !VAGUE_REFERENCES.contains(found.value());
        }
        String words = text.substring(found.begin(), found.end());
        if (published.isEmpty() || WRITTEN_YEAR.matcher(words).find()) {
            return false;
        }
        Matcher value = YEAR_THEN_MONTH.matcher(found.value());
        if (!value.matches()) {
            return false;
        }
        Optional<LocalDate> day = day(found.value());
        return day.isPresent() && WEEKDAY.matcher(words).find()
                && Math.abs(ChronoUnit.DAYS.between(published.get(), day.get())) > 3
                || anotherYearNearer(value, published.get());
    }

    /** Whether the same month (and day) in some other year is nearer to {@code published}, as {@link #closerYear} asks. */
    private static boolean anotherYearNearer(Matcher yearThenMonth, LocalDate published) {
        long mine = daysFrom(yearThenMonth, published);
        // the nearest other year is among the closest few (29 February: the nearest leap years, at most 8 apart)
        for (int year = published.getYear() - 8; year <= published.getYear() + 8; year++) {
            String other = String.format("%04d", year);
            if (year >= 0 && year <= 9999 && !other.equals(yearThenMonth.group(1))) {
                Matcher theirs = YEAR_THEN_MONTH.matcher(other + yearThenMonth.group(2));
                if (theirs.matches() && daysFrom(theirs, published) < mine) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FoundTimex settled(FoundTimex found, List<FoundTimex> seconds, String text,
                                      Optional<LocalDate> published) {
        for (FoundTimex other : seconds) {
            if (!other.overlaps(found) || other.value() == null) {
                continue;
            }
            if (statesNoNumber(found.value()) && !statesNoNumber(other.value())) {
                return withValue(found, other.value());
            }
            if (published.isPresent() && !WRITTEN_YEAR.matcher(text.substring(found.begin(), found.end())).find()
                    && (closerYear(found.value(), other.value(), published.get())
                    || closerWeek(found.value(), other.value(), published.get()))) {
                return withValue(found, other.value());
            }
        }
        return found;
    }

    private static boolean statesNoNumber(String value) {
        return value == null || !ANY_DIGIT.matcher(value).find();
    }

    /** Whether {@code other} is {@code value}'s month or day in another year, nearer to {@code published}. */
    private static boolean closerYear(String value, String other, LocalDate published) {
        Matcher mine = YEAR_THEN_MONTH.matcher(value);
        Matcher theirs = YEAR_THEN_MONTH.matcher(other);
        return mine.matches() && theirs.matches() && mine.group(2).equals(theirs.group(2))
                && !mine.group(1).equals(theirs.group(1))
                && daysFrom(theirs, published) < daysFrom(mine, published);
    }

    /** Whether {@code other} is the same weekday as the day {@code value} in another week, nearer to {@code published}. */
    private static boolean closerWeek(String value, String other, LocalDate published) {
        Optional<LocalDate> mine = day(value);
        Optional<LocalDate> theirs = day(other);
        return mine.isPresent() && theirs.isPresent() && !mine.equals(theirs)
                && mine.get().getDayOfWeek() == theirs.get().getDayOfWeek()
                && Math.abs(ChronoUnit.DAYS.between(published, theirs.get()))
                < Math.abs(ChronoUnit.DAYS.between(published, mine.get()));
    }

    private static Optional<LocalDate> day(String value) {
        if (!DAY.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Days between the date of a {@code YYYY-MM[-DD]} value (mid-month without a day) and {@code published}. */
    private static long daysFrom(Matcher yearThenMonth, LocalDate published) {
        String[] parts = (yearThenMonth.group(1) + yearThenMonth.group(2)).split("-");
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 15);
            return Math.abs(ChronoUnit.DAYS.between(published, date));
        } catch (DateTimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private static FoundTimex withValue(FoundTimex found, String value) {
        return new FoundTimex(found.begin(), found.end(), found.type(), value);
    }
}

package org.parley.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * Finds all-numeric dates that SUTime does not read, such as {@code 27/03/2024},
 * {@code 27-03-2024} or {@code 27.03.2024}, and gives their ISO value.
 *
 * <p>Day first, as in most of the world's press: {@code 05/04/2024} is 5 April. Only when the
 * first field cannot be a month and the second can (or vice versa) is the order decided by the
 * numbers: {@code 03/27/2024} is 27 March. Thread-safe (stateless).
 */
final class NumericDates {

    /** A numeric date found in a text. */
    record Found(Span span, LocalDate date) {
    }

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/]|\\.\\d|-\\d)");

    private NumericDates() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            int day = first;
            int month = second;
            if (second > 12 && first <= 12) { // month/day/year
                day = second;
                month = first;
            }
            try {
                found.add(new Found(new Span(m.start(), m.end()), LocalDate.of(year, month, day)));
            } catch (DateTimeException notADate) {
                // 31/02/2024 and the like: a version number or a score, not a date.
            }
        }
        return found;
    }
}

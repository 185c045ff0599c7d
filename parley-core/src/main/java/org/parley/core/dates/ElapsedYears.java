package org.parley.core.dates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedText;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;

/**
 * Reads the article's present year from a count of years since a stated year: "five years after
 * the two countries signed an agreement in 2020" and "the first visit in four years, after a trip
 * in January 2020" both put the article in 2020 + N. The count is SUTime's duration ({@code P5Y}, read by
 * {@link TimexDuration});
 * the year is the sentence's one written year, after the count. A sentence with a second written
 * year is left alone: its count may run between those two years, not to the present.
 */
final class ElapsedYears {

    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    /** "N years after|since ...": the count runs from the year to the present. */
    private static final Pattern COUNT_FROM = Pattern.compile("(?i)^\\s*(?:after|since)\\b");
    /** "the first ... in N years": the count runs back from the present to the last time. */
    private static final Pattern FIRST_IN = Pattern.compile("(?i)\\b(?:first|last)\\b.*\\b(?:in|for)\\s+(?:nearly\\s+|almost\\s+|over\\s+)?$");

    private ElapsedYears() {
    }

    /** The present-year clue of sentence {@code s}, if it counts years from a written year. */
    static Optional<YearClue> in(Sentence s, String cleanText, AnnotatedText text) {
        String sentence = s.text(cleanText);
        Matcher written = WRITTEN_YEAR.matcher(sentence);
        if (!written.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(written.group(1));
        int yearAt = s.span().begin() + written.start();
        if (written.find()) {
            return Optional.empty();
        }
        List<TimeExpression> counts = text.times().stream()
                .filter(t -> t.sentence() == s.index() && t.type().equals("DURATION"))
                .filter(t -> TimexDuration.parse(t.value()).filter(TimexDuration::inYears).isPresent())
                .filter(t -> t.span().end() <= yearAt)
                .toList();
        for (TimeExpression count : counts) {
            int n = TimexDuration.parse(count.value()).orElseThrow().count();
            String before = cleanText.substring(s.span().begin(), count.span().begin());
            String after = cleanText.substring(count.span().end(), yearAt);
            if (COUNT_FROM.matcher(after).find() || FIRST_IN.matcher(before).find()) {
                int present = year + n;
                String passage = cleanText.substring(count.span().begin(), Math.min(s.span().end(), yearAt + 4))
                        .replace('\n', ' ');
                return Optional.of(new YearClue(YearClue.Kind.PRESENT_YEAR, present, present, s.index(),
                        "'" + passage + "' (sentence " + s.index() + ") counts " + n + " years from " + year
                                + ", so the article's present year is " + present));
            }
        }
        return Optional.empty();
    }
}

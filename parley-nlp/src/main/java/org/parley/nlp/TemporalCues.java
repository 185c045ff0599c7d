package org.parley.nlp;

import java.util.regex.Pattern;

/**
 * Decides cheaply whether a sentence may hold a time expression, so SUTime (the costliest part
 * of NER) reads only those. A false positive costs time; a false negative loses a date, so the
 * cues are generous: month and weekday names, today/yesterday/tomorrow/tonight, parts of the day,
 * seasons, holidays and time units ("last week" and "two days ago" are caught by their unit), and
 * numbers that can be a date or a time on their own, and the words SUTime reads as a reference to
 * the present, past or future ("now", "currently", "recently", "previously", "once", "future").
 * Words that only shift a date ("last", "next", "this") are no cue on their own. Thread-safe
 * (stateless).
 *
 * <p>Design decision: a digit alone is no cue. News sentences are full of counts, ages, money and
 * percentages ("seizing 12 Somali nationals", "40 percent"), and on ECB+ such sentences were three
 * quarters of those SUTime read without finding anything. Numbers count when they look like a
 * year or decade ({@code 2010}, {@code 1990s}, {@code '90s}), a clock time ({@code 10:30},
 * {@code 6am}, {@code 5 p.m.}), a day ordinal ({@code 15th}) or an all-numeric date
 * ({@code 27/03/2024}, {@code 08.07.2012}); a number next to a unit or month is caught by that word.
 * On TempEval-3 the digit cue had mostly been catching "now", "currently" and the like by chance;
 * they are cues of their own now, which also finds them in sentences without a number.
 */
final class TemporalCues {

    private static final Pattern CUE = Pattern.compile(
            "\\b(?:1[0-9]|20)\\d\\d(?:s|\\b)|\\b\\d0s\\b|['\u2019]\\d\\d\\b"
                    + "|\\d\\s?:\\s?\\d|\\d\\s?(?i:[ap]\\.?\\s?m\\b\\.?|hrs\\b|gmt\\b|utc\\b)"
                    + "|\\b\\d{1,2}\\s?(?:st|nd|rd|th)\\b"
                    + "|\\d\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?\\d"
                    + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b"
                    + "|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b"
                    + "|\\b(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?\\b|\\bWednesday\\b|\\bSaturday\\b|\\bThursday\\b"
                    + "|(?i:\\b(?:today|tonight|yesterday|tomorrow|ago"
                    + "|now|currently|current|recently|previously|once|future|past|present"
                    + "|mornings?|afternoons?|evenings?|nights?|noon|midnight|weekends?|overnight"
                    + "|spring|summer|autumn|fall|winters?|summers?|quarters?|decades?|century|centuries|nineteen"
                    + "|seconds|minutes?|hours?|days?|weeks?|fortnight|months?|years?"
                    + "|hourly|daily|weekly|monthly|quarterly|annual|annually|yearly"
                    + "|christmas|easter|thanksgiving|ramadan|tet)\\b)");

    private TemporalCues() {
    }

    /** Whether {@code sentence} contains any temporal cue. */
    static boolean mayContainTime(CharSequence sentence) {
        return CUE.matcher(sentence).find();
    }
}

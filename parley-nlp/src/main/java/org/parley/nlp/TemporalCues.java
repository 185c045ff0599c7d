package org.parley.nlp;

import java.util.regex.Pattern;

/**
 * Decides cheaply whether a sentence may hold a time expression, so SUTime (the costliest part
 * of NER) reads only those. A false positive costs time; a false negative loses a date, so the
 * cues are generous: any digit, month and weekday names, today/yesterday/tomorrow/tonight, parts
 * of the day, seasons, holidays and time units ("last week" and "two days ago" are caught by their
 * unit). Words that only shift a date ("last", "next", "this", "now") are no cue on their own.
 * Thread-safe (stateless).
 */
final class TemporalCues {

    private static final Pattern CUE = Pattern.compile(
            "\\d"
                    + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b"
                    + "|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b"
                    + "|\\b(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day)?\\b|\\bWednesday\\b|\\bSaturday\\b|\\bThursday\\b"
                    + "|(?i:\\b(?:today|tonight|yesterday|tomorrow|ago"
                    + "|morning|afternoon|evening|night|noon|midnight|weekend|overnight"
                    + "|spring|summer|autumn|fall|winter|quarter|decade|century"
                    + "|seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?"
                    + "|daily|weekly|monthly|annual|annually|yearly"
                    + "|christmas|easter|ramadan|tet)\\b)");

    private TemporalCues() {
    }

    /** Whether {@code sentence} contains any temporal cue. */
    static boolean mayContainTime(CharSequence sentence) {
        return CUE.matcher(sentence).find();
    }
}

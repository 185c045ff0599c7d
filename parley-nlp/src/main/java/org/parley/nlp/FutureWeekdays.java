package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a weekday that a time tagger put in the past to the coming week when the sentence tells it
 * as planned: HeidelTime reads the tense from the last verb before the expression, so in "the talks
 * are set to resume on Monday" or "they planned to leave on Thursday" the past participle of the
 * plan makes Monday and Thursday the ones before the publication date. Here the nearest verb before
 * the weekday decides: a bare verb after "will", "shall" or after "to" that follows a verb of
 * planning ({@link #PLANNING}), or a deadline right before the weekday ("until", "as soon as",
 * "as early as", unless the sentence tells it in the simple past), makes the weekday the first one
 * after the publication day, within a week. Not moved: an expression that says it is past ("last
 * Monday", "the previous Friday"), a plan told in the past perfect ("had been due to expire
 * Friday"), a verb in another clause (the scan stops at ";"). Stateless.
 *
 * <p>Design decision: only these cues, not every "to" + verb: "flew to Cairo to meet him on Monday"
 * tells a past meeting.
 */
final class FutureWeekdays {

    /** Lemmas of verbs (and "due") after which "to" + verb tells a plan, not a purpose. */
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "set", "due", "expect", "intend",
            "prepare", "hope", "aim");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> DEADLINES = Set.of("until", "till");
    /** Words of an expression that place it in the past whatever the verbs say ("last Monday"). */
    private static final Set<String> PAST_WORDS = Set.of("last", "past", "previous", "ago", "earlier", "before");
    private static final Pattern DAY_THEN_REST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");

    private FutureWeekdays() {
    }

    /** {@code found} with its day moved into the week after {@code published} when the cues say so. */
    static FoundTimex settled(FoundTimex found, String text, List<CoreMap> sentences, LocalDate published) {
        if (found.value() == null) {
            return found;
        }
        Matcher value = DAY_THEN_REST.matcher(found.value());
        String words = text.substring(found.begin(), found.end());
        DayOfWeek named = namedWeekday(words);
        if (!value.matches() || named == null || saysPast(words)) {
            return found;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.group(1));
        } catch (DateTimeException e) {
            return found;
        }
        if (day.getDayOfWeek() != named || !day.isBefore(published) || !toldAsPlanned(found, sentences)) {
            return found;
        }
        LocalDate coming = published.plusDays(1);
        while (coming.getDayOfWeek() != named) {
            coming = coming.plusDays(1);
        }
        return new FoundTimex(found.begin(), found.end(), found.type(), coming + value.group(2));
    }

    /** The weekday named in {@code words} when they name exactly one and write no date number but a time. */
    private static DayOfWeek namedWeekday(String words) {
        DayOfWeek named = null;
        for (String word : words.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (word.equals(d.name().toLowerCase(Locale.ROOT))) {
                    if (named != null && named != d) {
                        return null;
                    }
                    named = d;
                }
            }
        }
        return named;
    }

    private static boolean saysPast(String words) {
        for (String word : words.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (PAST_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldAsPlanned(FoundTimex found, List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty() || tokens.get(0).beginPosition() > found.begin()
                    || tokens.get(tokens.size() - 1).endPosition() < found.end()) {
                continue;
            }
            int first = 0;
            while (first < tokens.size() && tokens.get(first).beginPosition() < found.begin()) {
                first++;
            }
            return deadlineBefore(tokens, first) || plannedVerbBefore(tokens, first);
        }
        return false;
    }

    /**
     * "until Tuesday", "as soon as Tuesday", "as early as Tuesday" (a preposition "on" may follow),
     * unless told in the past: the nearest verb before the cue, or without one the first verb after
     * the expression, is a simple past ("Until Thursday, they had not named him").
     */
    private static boolean deadlineBefore(List<CoreLabel> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && lower(tokens.get(i)).equals("on")) {
            i--;
        }
        int cue;
        if (i >= 0 && DEADLINES.contains(lower(tokens.get(i)))) {
            cue = i;
        } else if (i >= 2 && lower(tokens.get(i)).equals("as") && lower(tokens.get(i - 2)).equals("as")
                && Set.of("soon", "early").contains(lower(tokens.get(i - 1)))) {
            cue = i - 2;
        } else {
            return false;
        }
        for (int j = cue - 1; j >= 0 && !lower(tokens.get(j)).equals(";"); j--) {
            if (isVerb(tokens.get(j))) {
                return !"VBD".equals(tokens.get(j).tag());
            }
        }
        for (int j = first; j < tokens.size() && !lower(tokens.get(j)).equals(";"); j++) {
            if (isVerb(tokens.get(j)) && tokens.get(j).beginPosition() > tokens.get(first).beginPosition()) {
                return !"VBD".equals(tokens.get(j).tag());
            }
        }
        return true;
    }

    private static boolean isVerb(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /** The nearest verb before the expression is a bare verb after a future modal or after a planning verb + "to". */
    private static boolean plannedVerbBefore(List<CoreLabel> tokens, int first) {
        for (int i = first - 1; i >= 0 && !lower(tokens.get(i)).equals(";"); i--) {
            CoreLabel token = tokens.get(i);
            String tag = token.tag() == null ? "" : token.tag();
            if (!tag.startsWith("VB") && !tag.equals("MD")) {
                continue;
            }
            if (!tag.equals("VB")) {
                return false;
            }
            int before = i - 1;
            while (before >= 0 && "RB".equals(tokens.get(before).tag())) {
                before--;
            }
            if (before < 0) {
                return false;
            }
            if (FUTURE_MODALS.contains(lower(tokens.get(before)))) {
                return true;
            }
            return lower(tokens.get(before)).equals("to") && before >= 1
                    && PLANNING.contains(lemma(tokens.get(before - 1))) && !pastPerfect(tokens, before - 1);
        }
        return false;
    }

    /** "had been scheduled to", "had planned to": a plan told as already past. */
    private static boolean pastPerfect(List<CoreLabel> tokens, int planning) {
        for (int i = planning - 1; i >= 0 && i >= planning - 3; i--) {
            String word = lower(tokens.get(i));
            if (word.equals("had") || word.equals("'d")) {
                return true;
            }
            if (!word.equals("been") && !"RB".equals(tokens.get(i).tag())) {
                return false;
            }
        }
        return false;
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(CoreLabel token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}

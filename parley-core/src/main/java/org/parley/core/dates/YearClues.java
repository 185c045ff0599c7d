package org.parley.core.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedText;
import org.parley.model.Sentence;

/**
 * Reads an article's sentences for what they say about the year of its undated events:
 * anniversaries of bilateral milestones counted from {@link Milestones} ("next year's 30th
 * anniversary of diplomatic relations" → the present year is 2024) or from a year written after the
 * milestone ("mark the 30th anniversary of relations established in 1992" → 2022), counts of years
 * from a written year ({@link ElapsedYears}: "five years after ... in 2020" → 2025), states begun in a stated year
 * ("since April 2021" → not before 2021), things already done in a year ("taking over the
 * chairmanship of ASEAN in 2020" → not before 2020), periods still to be completed ("to fulfill
 * its membership ... for 2020 - 2021" → not after 2021), and weak hints (COVID-19 vaccines).
 *
 * <p>Patterns are deliberately narrow: a clue missed only leaves a year undecided, a wrong clue
 * dates an event wrongly. Immutable and thread-safe.
 */
public final class YearClues {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(?i)\\b(\\d{1,3})(?:st|nd|rd|th)?\\s+(?:anniversary\\s+of|years\\s+of)\\s+");
    private static final Pattern SINCE = Pattern.compile(
            "\\bsince\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:" + MONTHS + ")\\s+)?(\\d{4})\\b");
    private static final Pattern DONE = Pattern.compile(
            "(?i)\\b(?:took|taking|taken|assumed|assuming)\\s+over\\s+[^.;]{0,80}?\\bin\\s+(\\d{4})\\b");
    private static final Pattern TO_COMPLETE = Pattern.compile(
            "(?i)\\b(?:to|will)\\s+(?:fulfil|fulfill|complete|finish|accomplish|serve\\s+out)\\s+[^.;]{0,120}?"
                    + "\\b(?:for|in)\\s+(?:the\\s+)?(?:(?:term\\s+)?(\\d{4})\\s*[-–—/]\\s*)?(\\d{4})\\b");
    private static final Pattern COVID_VACCINE = Pattern.compile("(?i)\\b(?:COVID-19|coronavirus)\\b[^.]*\\bvaccines?\\b"
            + "|\\bvaccines?\\b[^.]*\\b(?:COVID-19|coronavirus|COVAX)\\b");
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\bnext\\s+year");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast\\s+year");
    private static final Pattern SAME_YEAR = Pattern.compile("(?i)\\bthis\\s+year|\\boccasion\\s+of|\\bmark(?:s|ing)?\\b|\\bcelebrat\\w*");
    /** The year a milestone no table knows was reached, written after its name ("relations established in 1992"). */
    private static final Pattern MILESTONE_YEAR = Pattern.compile("^[^.;,]{0,60}?\\b(?:in|of)\\s+(1[89]\\d\\d|20\\d\\d)\\b");
    private static final int CUE_WINDOW = 70;

    private final Milestones milestones;

    public YearClues(Milestones milestones) {
        this.milestones = milestones;
    }

    /**
     * The clues in {@code text} (whose clean text is {@code cleanText}); anniversaries are looked
     * up among the milestones of dyads touching {@code countries}.
     */
    public List<YearClue> find(String cleanText, AnnotatedText text, Collection<String> countries) {
        List<YearClue> clues = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            String sentence = s.text(cleanText).replace('\n', ' ');
            anniversaries(sentence, s.index(), countries, clues);
            ElapsedYears.in(s, cleanText, text).ifPresent(clues::add);
            Matcher m = SINCE.matcher(sentence);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                clues.add(new YearClue(YearClue.Kind.BOUND, y, Integer.MAX_VALUE, s.index(),
                        "'" + m.group() + "' (sentence " + s.index() + ") describes a state still holding: no earlier than " + y));
            }
            m = DONE.matcher(sentence);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                clues.add(new YearClue(YearClue.Kind.BOUND, y, Integer.MAX_VALUE, s.index(),
                        "'" + m.group() + "' (sentence " + s.index() + ") is already done: no earlier than " + y));
            }
            m = TO_COMPLETE.matcher(sentence);
            while (m.find()) {
                int y = Integer.parseInt(m.group(2));
                clues.add(new YearClue(YearClue.Kind.BOUND, Integer.MIN_VALUE, y, s.index(),
                        "'" + m.group() + "' (sentence " + s.index() + ") is still to be completed: no later than " + y));
            }
            m = COVID_VACCINE.matcher(sentence);
            if (m.find()) {
                clues.add(new YearClue(YearClue.Kind.WEAK, 2021, 2022, s.index(),
                        "COVID-19 vaccines are discussed (sentence " + s.index()
                                + "): weak hint at 2021-2022, not relied on"));
            }
        }
        return List.copyOf(clues);
    }

    private void anniversaries(String sentence, int index, Collection<String> countries, List<YearClue> out) {
        Matcher m = ANNIVERSARY.matcher(sentence);
        while (m.find()) {
            int count = Integer.parseInt(m.group(1));
            String tail = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 90)).toLowerCase(Locale.ROOT);
            if (count <= 0) {
                continue;
            }
            Optional<Milestones.Match> named = milestoneAtStart(tail, countries);
            Matcher written = MILESTONE_YEAR.matcher(tail);
            int since;
            String what;
            String phrase;
            if (named.isPresent()) {
                Milestone milestone = named.get().milestone();
                since = milestone.date().getYear();
                what = milestone.dyad() + " " + milestone.key().replace('_', ' ') + " of " + milestone.date();
                phrase = sentence.substring(m.start(), Math.min(sentence.length(), m.end() + named.get().name().length() + 12)).strip();
            } else if (written.find()) {
                since = Integer.parseInt(written.group(1));
                what = "milestone of " + since;
                phrase = sentence.substring(m.start(), m.end() + written.end()).strip();
            } else {
                continue;
            }
            int anniversaryYear = since + count;
            String before = sentence.substring(Math.max(0, m.start() - CUE_WINDOW), m.start());
            int present;
            String cue;
            if (NEXT_YEAR.matcher(before).find()) {
                present = anniversaryYear - 1;
                cue = "falls next year";
            } else if (LAST_YEAR.matcher(before).find()) {
                present = anniversaryYear + 1;
                cue = "fell last year";
            } else if (SAME_YEAR.matcher(before).find()) {
                present = anniversaryYear;
                cue = "falls this year";
            } else {
                continue;   // no word ties the anniversary to the article's present
            }
            out.add(new YearClue(YearClue.Kind.PRESENT_YEAR, present, present, index,
                    "'" + phrase + "…' (sentence " + index + "): the " + ordinal(count) + " anniversary of the "
                            + what + " is " + anniversaryYear + " and " + cue + ", so the article's present year is " + present));
        }
    }

    private Optional<Milestones.Match> milestoneAtStart(String tail, Collection<String> countries) {
        for (String name : milestones.names()) {
            // up to three words may come first: "the bilateral comprehensive partnership", "the Vietnam-US ..."
            Pattern p = Pattern.compile("^(?:the\\s+)?(?:[\\w.’'-]+\\s+){0,3}?" + Pattern.quote(name) + "\\b");
            if (p.matcher(tail).find()) {
                Optional<Milestones.Match> match = milestones.named(name, countries);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

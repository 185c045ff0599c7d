package org.parley.core.relations;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.data.WordLists;

/**
 * The cue words of {@code relation-cues.tsv}: what makes a framework's mention its establishment,
 * an edition's ordinal, a format annual, a year relative to the publication. Immutable and
 * thread-safe.
 */
final class RelationCues {
    private static final Pattern NUMBERED = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\b");

    private final Pattern establishing;
    private final Pattern firstEdition;
    private final List<String> ordinalWords;
    private final Pattern ordinalWord;
    private final Pattern annual;
    private final List<Pattern> relativeYears;  // last year, this year, next year

    RelationCues(WordLists lists) {
        establishing = words(lists.of("establishing"));
        firstEdition = words(lists.of("first-edition"));
        ordinalWords = lists.of("ordinal-words");
        ordinalWord = words(ordinalWords);
        annual = words(lists.of("annual"));
        relativeYears = List.of(words(lists.of("last-year")), words(lists.of("this-year")), words(lists.of("next-year")));
    }

    static RelationCues bundled() {
        return new RelationCues(WordLists.bundled(RelationCues.class, "relation-cues.tsv"));
    }

    /** A pattern matching any of {@code words} as whole words, in any case. */
    static Pattern words(List<String> words) {
        List<String> quoted = words.stream().map(Pattern::quote).toList();
        return Pattern.compile("\\b(?:" + String.join("|", quoted) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Where the establishing cue nearest to {@code position} starts in {@code sentence}; -1 when there is none. */
    int establishingCueNear(String sentence, int position) {
        Matcher m = establishing.matcher(sentence);
        int best = -1;
        while (m.find()) {
            if (best < 0 || Math.abs(m.start() - position) < Math.abs(best - position)) {
                best = m.start();
            }
        }
        return best;
    }

    /** The ordinal {@code words} give ("first" 1, "2nd" 2, "tenth" 10); 0 when none. */
    int ordinal(String words) {
        if (firstEdition.matcher(words).find()) {
            return 1;
        }
        Matcher numbered = NUMBERED.matcher(words);
        if (numbered.find()) {
            return Integer.parseInt(numbered.group(1));
        }
        Matcher word = ordinalWord.matcher(words);
        return word.find() ? ordinalWords.indexOf(word.group().toLowerCase()) + 2 : 0;
    }

    /** The number an ordinal word stands for ("tenth" 10), or 0 when it is not one. */
    int ordinalWordValue(String word) {
        int index = ordinalWords.indexOf(word.toLowerCase());
        return index < 0 ? 0 : index + 2;
    }

    /** The ordinal words as a regular-expression alternation, for patterns built around them. */
    String ordinalWordsPattern() {
        return String.join("|", ordinalWords);
    }

    boolean annual(String words) {
        return annual.matcher(words).find();
    }

    /** The year offset from the publication a sentence states ("next year" +1), when it states one. */
    OptionalInt relativeYear(String sentence) {
        for (int i = 0; i < relativeYears.size(); i++) {
            if (relativeYears.get(i).matcher(sentence).find()) {
                return OptionalInt.of(i - 1);
            }
        }
        return OptionalInt.empty();
    }
}

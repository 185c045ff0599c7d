package org.parley.core.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * The words of {@code plans.tsv} for a mechanism's coming edition: the cues ("agreed to hold", "will take
 * place"), the phrase that names the edition by its ordinal ("the second Foreign Ministers' Dialogue", "the
 * next round"), and which ordinal words mean the one after the last. Immutable and thread-safe.
 */
final class EditionCues {

    /** A cue found in a sentence. */
    record CueAt(int start, int end) {
    }

    /** An edition phrase: its span and its ordinal word ("second", "3rd", "next"). */
    record PhraseAt(int start, int end, String ordinal) {
    }

    // The ordinal right after a determiner, then at most four words ("Foreign Ministers'"), then the noun.
    private static final String PHRASE = "\\b(?:the|a|an|its|their)\\s+(%s)\\s+(?:[^\\s,;:.]+\\s+){0,4}?(?:%s)\\b";

    private final Pattern cue;
    private final Pattern phrase;
    private final Pattern next;

    EditionCues(List<TsvRows.Row> rows, String ordinalWords) {
        List<String> cues = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> nexts = new ArrayList<>();
        for (TsvRows.Row row : rows) {
            switch (row.cell(0)) {
                case "edition-cue" -> cues.addAll(row.list(1));
                case "edition-noun" -> nouns.addAll(row.list(1));
                case "edition-next" -> nexts.addAll(row.list(1));
                default -> {
                    // Visit and meeting cues: PlanCues.
                }
            }
        }
        cue = RelationCues.words(cues);
        next = RelationCues.words(nexts);
        String ordinals = ordinalWords + "|\\d{1,3}(?:st|nd|rd|th)|" + String.join("|", nexts);
        phrase = Pattern.compile(String.format(PHRASE, ordinals, String.join("|", nouns)), Pattern.CASE_INSENSITIVE);
    }

    static EditionCues bundled(RelationCues relationCues) {
        return new EditionCues(TsvRows.bundled(EditionCues.class, "plans.tsv", 5, row -> row),
                relationCues.ordinalWordsPattern());
    }

    /** The first cue of {@code sentence}. */
    Optional<CueAt> cueIn(String sentence) {
        Matcher m = cue.matcher(sentence);
        return m.find() ? Optional.of(new CueAt(m.start(), m.end())) : Optional.empty();
    }

    /** The edition phrase nearest after the cue, else nearest before it ("the next round | will take place"). */
    Optional<PhraseAt> phraseNear(String sentence, CueAt at) {
        List<PhraseAt> found = new ArrayList<>();
        Matcher m = phrase.matcher(sentence);
        while (m.find()) {
            found.add(new PhraseAt(m.start(), m.end(), m.group(1).toLowerCase(Locale.ROOT)));
        }
        return found.stream().filter(p -> p.start() >= at.end()).findFirst()
                .or(() -> found.stream().filter(p -> p.end() <= at.start()).reduce((a, b) -> b));
    }

    /** Whether {@code ordinal} means the edition after the last one ("next"). */
    boolean isNext(String ordinal) {
        return next.matcher(ordinal).matches();
    }
}

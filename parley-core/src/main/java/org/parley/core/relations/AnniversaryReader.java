package org.parley.core.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.relations.AnniversaryClaim;
import org.parley.model.relations.CountryPair;

/**
 * Reads the anniversaries a report claims for a pair's milestones and framework levels: "30 years
 * of the lifting of the US embargo against Vietnam (2023)", "the 30th of normalization of relations
 * (2024)", "the 10th anniversary of the bilateral comprehensive partnership". The year that marks
 * them is the one written right after the subject ("(2024)", "in 2025", before the next comma), else
 * the one the sentence gives relative to the publication ("next year"), else the last year written
 * before the phrase ("events for 2025, when the two countries mark 30 years of ..."), else the
 * publication year (a report of an anniversary being marked). Thread-safe.
 *
 * <p>The anniversary phrase itself (a number and "years of", "anniversary of", or an ordinal and
 * "of") is grammar, so it lives here; what may follow it, milestones and framework names, is data.
 */
final class AnniversaryReader {
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[^,;]*?(?:\\(\\s*|\\bin\\s+)((?:19|20)\\d{2})\\b");
    // Up to three words between "of the" and a framework name: "the bilateral comprehensive partnership".
    private static final String LEVEL_MODIFIERS = "(?:the\\s+)?(?:[\\p{L}.–-]+\\s+){0,3}?";

    private final Pattern phrase;
    private final Pattern levelSubject;
    private final RelationCues cues;
    private final MilestoneKinds milestones;
    private final FrameworkLadders ladders;
    private final PairScope scope;

    AnniversaryReader(RelationCues cues, MilestoneKinds milestones, FrameworkLadders ladders, PairScope scope) {
        this.cues = cues;
        this.milestones = milestones;
        this.ladders = ladders;
        this.scope = scope;
        this.phrase = Pattern.compile("\\b(?:(\\d{1,3})(?:st|nd|rd|th)?\\s+(?:years?|anniversary)\\s+of"
                + "|(\\d{1,3})(?:st|nd|rd|th)\\s+of|(" + cues.ordinalWordsPattern() + ")\\s+anniversary\\s+of)\\s+",
                Pattern.CASE_INSENSITIVE);
        this.levelSubject = Pattern.compile(LEVEL_MODIFIERS + "(" + ladders.names().pattern() + ")",
                Pattern.CASE_INSENSITIVE);
    }

    List<AnniversaryClaim> read(ReportText report, CountryPair pair) {
        List<AnniversaryClaim> out = new ArrayList<>();
        for (int i = 0; i < report.sentenceCount(); i++) {
            String sentence = report.sentence(i);
            Matcher m = phrase.matcher(sentence);
            while (m.find()) {
                int years = years(m);
                Optional<Subject> subject = subject(sentence, m.end());
                if (years < 1 || subject.isEmpty() || !scope.phraseOf(sentence, m.start(), subject.get().end(), pair)) {
                    continue;
                }
                OptionalInt year = year(report, sentence, m.start(), subject.get().end());
                if (year.isPresent()) {
                    out.add(new AnniversaryClaim(subject.get().key(), years, year.getAsInt(), report.evidence(i)));
                }
            }
        }
        return out;
    }

    private record Subject(String key, int end) {
    }

    private int years(Matcher m) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        return m.group(2) != null ? Integer.parseInt(m.group(2)) : cues.ordinalWordValue(m.group(3));
    }

    private Optional<Subject> subject(String sentence, int from) {
        String rest = sentence.substring(from);
        for (MilestoneKinds.Kind kind : milestones.all()) {
            Matcher m = kind.phrase().matcher(rest);
            if (m.lookingAt()) {
                return Optional.of(new Subject(kind.key(), from + m.end()));
            }
        }
        Matcher level = levelSubject.matcher(rest);
        return level.lookingAt() ? Optional.of(new Subject(ladders.level(level.group(1)), from + level.end()))
                : Optional.empty();
    }

    private OptionalInt year(ReportText report, String sentence, int phraseStart, int subjectEnd) {
        Matcher after = YEAR_AFTER.matcher(sentence.substring(subjectEnd));
        if (after.find()) {
            return OptionalInt.of(Integer.parseInt(after.group(1)));
        }
        OptionalInt published = report.year();
        OptionalInt relative = cues.relativeYear(sentence);
        if (relative.isPresent() && published.isPresent()) {
            return OptionalInt.of(published.getAsInt() + relative.getAsInt());
        }
        Matcher before = YEAR.matcher(sentence.substring(0, phraseStart));
        OptionalInt last = OptionalInt.empty();
        while (before.find()) {
            last = OptionalInt.of(Integer.parseInt(before.group(1)));
        }
        return last.isPresent() ? last : published;
    }
}

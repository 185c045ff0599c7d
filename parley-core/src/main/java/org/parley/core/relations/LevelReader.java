package org.parley.core.relations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.model.EventDate;
import org.parley.model.TimeExpression;
import org.parley.model.relations.CountryPair;

/**
 * Reads the framework levels a report names for a pair, one {@link LevelStatement} per mention. A
 * mention with an establishing cue in its sentence ("upgrading", "established", "signing") is dated
 * by the annotator's time expression nearest to that cue, when it is a past month or day ("in
 * September 2023"); other mentions say only that the level is in force. Thread-safe.
 */
final class LevelReader {
    private final FrameworkLadders ladders;
    private final RelationCues cues;
    private final PairScope scope;

    LevelReader(FrameworkLadders ladders, RelationCues cues, PairScope scope) {
        this.ladders = ladders;
        this.cues = cues;
        this.scope = scope;
    }

    List<LevelStatement> read(ReportText report, CountryPair pair) {
        List<LevelStatement> out = new ArrayList<>();
        scope.eachPhrase(report, pair, ladders.names(), (i, sentence, name) -> out.add(new LevelStatement(
                ladders.level(name.group()), establishedOn(report, i, sentence, name.start()).orElse(null),
                report.evidence(i))));
        return out;
    }

    private Optional<EventDate> establishedOn(ReportText report, int index, String sentence, int at) {
        int cue = cues.establishingCueNear(sentence, at);
        if (cue < 0) {
            return Optional.empty();
        }
        int sentenceStart = report.annotation().sentences().get(index).span().begin();
        LocalDate published = report.article().published().localDate().orElse(LocalDate.MAX);
        return report.annotation().times().stream()
                .filter(t -> t.sentence() == index)
                .filter(t -> pastMonthOrDay(t.value(), published))
                .min(Comparator.comparingInt(t -> Math.abs(t.span().begin() - sentenceStart - cue)))
                .map(LevelReader::date);
    }

    private static boolean pastMonthOrDay(String value, LocalDate published) {
        if (value == null || !value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return false;
        }
        return !YearMonth.parse(value.substring(0, 7)).isAfter(YearMonth.from(published));
    }

    private static EventDate date(TimeExpression t) {
        return IsoDates.of(t.value(), EventDate.Basis.STATED, List.of(t.text()));
    }
}

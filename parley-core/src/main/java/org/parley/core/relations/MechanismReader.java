package org.parley.core.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.relations.CountryPair;

/**
 * Reads the mechanisms a report names for a pair, one {@link MechanismMention} per mention, with
 * the ordinal and frequency words of the noun phrase that names it: "the first Vietnam - US Foreign
 * Ministers' Dialogue", "the inaugural Comprehensive Strategic Partnership foreign ministerial
 * meeting", "the annual Dialogue mechanism at the Foreign Ministers level". Thread-safe.
 */
final class MechanismReader {
    // The noun phrase's words before the format's name: back to its determiner ("the", "a"), at most eight words.
    private static final Pattern PHRASE_START = Pattern.compile(
            "^(?:.*\\b(?:the|a|an|its|their)\\s+)?((?:[^\\s,;:(]+\\s+){0,8})$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final MechanismFormats formats;
    private final RelationCues cues;
    private final PairScope scope;

    MechanismReader(MechanismFormats formats, RelationCues cues, PairScope scope) {
        this.formats = formats;
        this.cues = cues;
        this.scope = scope;
    }

    List<MechanismMention> read(ReportText report, CountryPair pair) {
        List<MechanismMention> out = new ArrayList<>();
        for (MechanismFormats.Format format : formats.all()) {
            scope.eachPhrase(report, pair, format.pattern(), (i, sentence, name) -> {
                String before = phraseBefore(sentence.substring(0, name.start()));
                out.add(new MechanismMention(format, cues.ordinal(before), cues.annual(before), report.evidence(i)));
            });
        }
        return out;
    }

    private static String phraseBefore(String text) {
        Matcher m = PHRASE_START.matcher(text);
        return m.matches() ? m.group(1) : "";
    }
}

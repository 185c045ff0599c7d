package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.places.Countries;
import org.parley.model.EventDate;
import org.parley.model.relations.CountryPair;
import org.parley.model.relations.Plan;

/**
 * Reads the plans of a mechanism's coming edition a report states, one {@link PlanStatement} of {@link
 * Plan.Action#EDITION} per sentence with an edition cue and an edition phrase of {@link EditionCues}: "agreed
 * to hold the second Foreign Ministers' Dialogue in Hanoi next year", "the next round will take place in
 * Washington", "the third meeting is scheduled for 2025".
 *
 * <p>The mechanism is the one the sentence names, else the one the report last named before it ("... agreed
 * to keep the dialogue annual and to hold the third round"), unless the phrase names another format ("the next
 * round <u>of</u> their strategic dialogue"). "The next" is the edition after the highest ordinal the report
 * names for that mechanism elsewhere (unknown, 0, when it names none). The place is a country or capital
 * written "in ..." after the phrase; the intended time as {@link PlanReader#intended}. Thread-safe.
 */
final class EditionPlanReader {
    private static final Pattern PLACE = Pattern.compile("\\bin\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)");
    private static final Pattern OF_ANOTHER = Pattern.compile("^\\s+of\\b");

    private final EditionCues cues;
    private final RelationCues relationCues;
    private final Countries countries;
    private final PlanReader plans;

    EditionPlanReader(EditionCues cues, RelationCues relationCues, Countries countries, PlanReader plans) {
        this.cues = cues;
        this.relationCues = relationCues;
        this.countries = countries;
        this.plans = plans;
    }

    /** The edition plans of {@code report}; {@code mentions} are the mechanisms it names for {@code pair}. */
    List<PlanStatement> read(ReportText report, CountryPair pair, List<MechanismMention> mentions, EventDate stated) {
        List<PlanStatement> out = new ArrayList<>();
        for (int i = 0; i < report.sentenceCount(); i++) {
            String sentence = report.sentence(i);
            Optional<EditionCues.CueAt> cue = cues.cueIn(sentence);
            Optional<EditionCues.PhraseAt> phrase = cue.flatMap(c -> cues.phraseNear(sentence, c));
            if (phrase.isEmpty()) {
                continue;
            }
            boolean another = OF_ANOTHER.matcher(sentence.substring(phrase.get().end())).find();
            Optional<MechanismFormats.Format> format = format(mentions, i, another);
            if (format.isEmpty()) {
                continue;
            }
            int ordinal = cues.isNext(phrase.get().ordinal()) ? next(mentions, format.get(), i)
                    : relationCues.ordinal(phrase.get().ordinal());
            String place = placeAfter(sentence.substring(phrase.get().start())).orElse(null);
            int from = Math.min(cue.get().start(), phrase.get().start());
            out.add(new PlanStatement(Plan.Action.EDITION, format.get().name(), false, pair.first(),
                    place == null ? "" : place, pair.second(), Plan.Status.PLANNED,
                    plans.intended(report, i, from, stated), stated, report.evidence(i),
                    new Plan.Next(format.get().key(), ordinal, place)));
        }
        return out;
    }

    /** The format named in sentence {@code index}, else (unless the phrase names another) the last named before it. */
    private static Optional<MechanismFormats.Format> format(List<MechanismMention> mentions, int index,
                                                            boolean another) {
        Optional<MechanismFormats.Format> here = mentions.stream().filter(m -> m.said().sentence() == index)
                .map(MechanismMention::format).findFirst();
        if (here.isPresent() || another) {
            return here;
        }
        return mentions.stream().filter(m -> m.said().sentence() < index)
                .max(Comparator.comparingInt(m -> m.said().sentence())).map(MechanismMention::format);
    }

    /** The edition after the highest one the report names elsewhere for {@code format}; 0 when it names none. */
    private static int next(List<MechanismMention> mentions, MechanismFormats.Format format, int index) {
        int last = mentions.stream().filter(m -> m.format().key().equals(format.key()) && m.said().sentence() != index)
                .mapToInt(MechanismMention::ordinal).max().orElse(0);
        return last == 0 ? 0 : last + 1;
    }

    private Optional<String> placeAfter(String text) {
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (countries.byCapital(name).or(() -> countries.byName(name)).isPresent()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}

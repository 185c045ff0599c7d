package org.parley.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;

/**
 * The word lists and code tables the event passes read, bundled as TSV beside this package's
 * classes (each file says where its values come from). {@link #bundled()} reads them once per
 * class loader. Immutable and thread-safe.
 *
 * @param modality       cues of wishes, promises, intent and obligation (negations are {@link
 *                       org.parley.core.analysis.CueWords#negations()}) ({@code modality-cues.tsv})
 * @param background     cues of past context ({@code background-cues.tsv})
 * @param prepositions   prepositions by the role of their phrase ({@code prepositions.tsv})
 * @param sides          event types and actor sectors by how their sides are read ({@code side-rules.tsv})
 * @param codes          how acts not reported as done are coded ({@code modal-codes.tsv})
 * @param modeRanks      how specific each mode of meeting is ({@code meeting-modes.tsv})
 */
record EventWords(EnumWordLists<ModalityCue> modality, EnumWordLists<BackgroundCue> background,
                  EnumWordLists<PrepositionRole> prepositions, EnumWordLists<SideRule> sides, ModalCodes codes,
                  Map<String, Integer> modeRanks) {

    /** Lists of {@code modality-cues.tsv}. */
    enum ModalityCue {
        NEGATING_VERB, IRREALIS_MODAL, WISH, FUTURE_MODIFIER, PROMISE_MODAL, PROMISE_WORD, INTENT_MODAL,
        INTENT_WORD, THREAT_CONDITION, OBLIGATION_MODAL, CONDITION, MEETING_GOAL
    }

    /** Lists of {@code background-cues.tsv}. */
    enum BackgroundCue {
        PAST_MODIFIER, PAST_ADVERB, PAST_PREPOSITION, RESULT_NOUN, PERFECT_AUXILIARY, WHEN_CLAUSE
    }

    /** Lists of {@code prepositions.tsv}. */
    enum PrepositionRole {
        TARGET, PLACE, VENUE, VISIT, OWNER, AUTHOR, NESTED_TARGET, TAKEN_FROM, TOPIC, BROKEN_INTO, PREDICATIVE
    }

    /** Lists of {@code side-rules.tsv}. */
    enum SideRule {
        ONE_SIDED, STRIKES_PLACE, HAPPENS_IN_PLACE, ACTS_AT_HOME, PASSIVE_RESTATES, CIVIL_SECTOR, REPORTER_PRONOUN,
        HOME_TARGET, INTERNATIONAL_SECTOR, STATIVE_PASSIVE, TAKES_FROM, TOPIC_AUTHOR, HOME_PLACE, BETWEEN_TARGETS,
        FOREIGN_SECTOR, BREAKS_INTO, ISSUES_STATEMENT, UNNAMED_AGENT, UNNAMED_WEAPON, CUSTODY
    }

    EventWords {
        modeRanks = Map.copyOf(modeRanks);
        for (SideRule typeList : List.of(SideRule.ONE_SIDED, SideRule.STRIKES_PLACE, SideRule.HAPPENS_IN_PLACE,
                SideRule.ACTS_AT_HOME, SideRule.PASSIVE_RESTATES, SideRule.HOME_TARGET, SideRule.HOME_PLACE,
                SideRule.BETWEEN_TARGETS, SideRule.BREAKS_INTO, SideRule.UNNAMED_AGENT)) {
            Set<String> unknown = new TreeSet<>(sides.words(typeList));
            unknown.removeAll(TriggerRule.PLOVER_TYPES);
            if (!unknown.isEmpty()) {
                throw new DataFileException("side-rules.tsv: " + typeList.name().toLowerCase(Locale.ROOT)
                        + " names what is not a PLOVER type: " + unknown);
            }
        }
    }

    private static final class Bundled {
        static final EventWords INSTANCE = load();

        private static EventWords load() {
            Map<String, Integer> ranks = new HashMap<>();
            TsvRows.bundled(EventWords.class, "meeting-modes.tsv", 2,
                    row -> Map.entry(row.cell(0).strip(), (int) row.whole(1, "rank")))
                    .forEach(e -> ranks.put(e.getKey(), e.getValue()));
            return new EventWords(EnumWordLists.bundled("modality-cues.tsv", ModalityCue.class),
                    EnumWordLists.bundled("background-cues.tsv", BackgroundCue.class),
                    EnumWordLists.bundled("prepositions.tsv", PrepositionRole.class),
                    EnumWordLists.bundled("side-rules.tsv", SideRule.class), ModalCodes.bundled(), ranks);
        }
    }

    /** The lists bundled with Parley. */
    static EventWords bundled() {
        return Bundled.INSTANCE;
    }
}

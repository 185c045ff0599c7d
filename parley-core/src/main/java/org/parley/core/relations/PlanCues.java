package org.parley.core.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;
import org.parley.model.relations.Plan;

/**
 * The cue words of {@code plans.tsv}: the words that make a sentence state a plan ("reiterated the
 * invitation to", "is scheduled to"), the action words that follow them ("visit", "hold talks with"), and
 * the vague words for when ("at an early date"). Immutable and thread-safe.
 *
 * <p>Public for the event extractor, which marks the events a sentence gives as still to come with the
 * same cues ({@link #statusOfActionAt}, {@link #headlineStatus}): one list of plan words for the
 * relationship card and the event records.
 */
public final class PlanCues {

    /**
     * A cue: the status it gives, whether the one to go is written after it ("the invitation to <him> to
     * visit") rather than before ("<he> will visit"), and the action meant when no action word follows, or null.
     */
    record Cue(Plan.Status status, boolean whoAfter, Plan.Action withoutAction) {
    }

    /** A cue found in a sentence. */
    record CueAt(int start, int end, Cue cue) {
    }

    /** An action word found in a sentence. */
    record ActionAt(int start, int end, Plan.Action action) {
    }

    // Between a cue and its action only "to" may stand ("plans to visit", "accepted the invitation to visit").
    private static final String RIGHT_AFTER = "^\\s+(?:to\\s+)?(?:%s)\\b";
    // After the one invited: "to visit", within a few words of the cue.
    private static final String AFTER_INVITEE = "^((?:\\s+\\S+){0,8}?)\\s+to\\s+(?:%s)\\b";
    // Or "to" and a place: "invited Son to Washington" is an invitation to visit.
    private static final Pattern PLACE_AFTER_INVITEE = Pattern.compile("^(?:\\s+\\S+){0,8}?\\s+(to)\\s+\\p{Lu}");

    private final Pattern cues;
    private final Map<String, Cue> cueByWords = new HashMap<>();
    private final Pattern rightAfter;
    private final Pattern afterInvitee;
    private final Map<String, Plan.Action> actionByWords = new HashMap<>();
    private final Pattern vagueTime;
    private final Pattern accepting;
    private final Map<String, Plan.Status> headlineMarkers = new HashMap<>();

    PlanCues(List<TsvRows.Row> rows) {
        List<String> cueWords = new ArrayList<>();
        List<String> actionWords = new ArrayList<>();
        List<String> timeWords = new ArrayList<>();
        List<String> acceptingWords = new ArrayList<>();
        for (TsvRows.Row row : rows) {
            switch (row.cell(0)) {
                case "cue" -> row.list(1).forEach(w -> {
                    cueWords.add(w);
                    cueByWords.put(w, new Cue(Plan.Status.valueOf(row.cell(2).toUpperCase(Locale.ROOT)),
                            row.cell(3).equals("after"), row.cell(4).isEmpty() ? null : action(row.cell(4))));
                });
                case "action" -> row.list(1).forEach(w -> {
                    actionWords.add(w);
                    actionByWords.put(w, action(row.cell(2)));
                });
                case "time" -> timeWords.addAll(row.list(1));
                case "accepting" -> acceptingWords.addAll(row.list(1));
                case "headline" -> row.list(1).forEach(w -> headlineMarkers.put(w,
                        Plan.Status.valueOf(row.cell(2).toUpperCase(Locale.ROOT))));
                case "edition-cue", "edition-noun", "edition-next" -> {
                    // Read by EditionCues.
                }
                default -> throw new IllegalArgumentException("unknown kind of row: " + row.cell(0));
            }
        }
        cues = alternation("\\b(?:%s)\\b", cueWords);
        String actions = "(" + longestFirst(actionWords) + ")";
        rightAfter = Pattern.compile(String.format(RIGHT_AFTER, actions), Pattern.CASE_INSENSITIVE);
        afterInvitee = Pattern.compile(String.format(AFTER_INVITEE, actions), Pattern.CASE_INSENSITIVE);
        vagueTime = alternation("\\b(?:%s)\\b", timeWords);
        accepting = alternation("\\b(?:%s)\\b", acceptingWords);
    }

    /** The cues of the bundled {@code plans.tsv}. */
    public static PlanCues bundled() {
        return new PlanCues(TsvRows.bundled(PlanCues.class, "plans.tsv", 5, row -> row));
    }

    private static Plan.Action action(String word) {
        return Plan.Action.valueOf(word.toUpperCase(Locale.ROOT));
    }

    private static Pattern alternation(String format, List<String> words) {
        return Pattern.compile(String.format(format, longestFirst(words)), Pattern.CASE_INSENSITIVE);
    }

    private static String longestFirst(List<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }

    /** The cues of {@code sentence}, in text order. */
    List<CueAt> cuesIn(String sentence) {
        List<CueAt> out = new ArrayList<>();
        Matcher m = cues.matcher(sentence);
        while (m.find()) {
            out.add(new CueAt(m.start(), m.end(), cueByWords.get(normal(m.group()))));
        }
        return out;
    }

    /** The action word right after a cue that ends at {@code from} ("will | visit"). */
    Optional<ActionAt> actionRightAfter(String sentence, int from) {
        return actionAt(rightAfter.matcher(sentence.substring(from)), from, 1);
    }

    /**
     * The action word after the one invited, for a cue that ends at {@code from} ("invited | him to visit");
     * else the "to" before a place, which makes it a visit there ("invited | Son to Washington").
     */
    Optional<ActionAt> actionAfterInvitee(String sentence, int from) {
        Optional<ActionAt> action = actionAt(afterInvitee.matcher(sentence.substring(from)), from, 2);
        if (action.isPresent()) {
            return action;
        }
        Matcher place = PLACE_AFTER_INVITEE.matcher(sentence.substring(from));
        return place.find() ? Optional.of(new ActionAt(from + place.start(1), from + place.end(1), Plan.Action.VISIT))
                : Optional.empty();
    }

    /**
     * The status a cue of {@code sentence} gives the action word that starts at {@code offset} ("will |
     * visit", "invited him to | meet", "accepted the invitation to | visit"), when a cue governs it.
     */
    public Optional<Plan.Status> statusOfActionAt(String sentence, int offset) {
        for (CueAt cue : cuesIn(sentence)) {
            Optional<ActionAt> action = cue.cue().whoAfter()
                    ? actionAfterInvitee(sentence, cue.end()) : actionRightAfter(sentence, cue.end());
            if (action.isPresent() && action.get().start() == offset) {
                return Optional.of(cue.cue().status());
            }
        }
        return Optional.empty();
    }

    /** The status a headline's infinitive marker ("Biden <u>to</u> visit Vietnam") gives its act, if it is one. */
    public Optional<Plan.Status> headlineStatus(String marker) {
        return Optional.ofNullable(headlineMarkers.get(normal(marker)));
    }

    /** Whether {@code text} says an invitation was accepted ("..., and the US official accepted"). */
    boolean accepting(String text) {
        return accepting.matcher(text).find();
    }

    private Optional<ActionAt> actionAt(Matcher m, int offset, int group) {
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ActionAt(offset + m.start(group), offset + m.end(group),
                actionByWords.get(normal(m.group(group)))));
    }

    /** The vague words for when in {@code text}, or empty. */
    Optional<String> vagueTime(String text) {
        Matcher m = vagueTime.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String normal(String written) {
        return written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

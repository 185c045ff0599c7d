package org.parley.core.dates;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.core.analysis.CueWords;
import org.parley.core.analysis.DependencyGraph;
import org.parley.model.Dependency;
import org.parley.model.PartOfSpeech;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * Which time expression of a sentence dates a mention. Reads the sentence's DATE/TIME expressions
 * with a value, its tokens and parse, the words of {@code dating-words.tsv} and the
 * {@link CueWords#reportingForms() reporting verbs}. Expressions that
 * belong to something else are dropped: periods and spans ("over the past years", "since April
 * 2021", "since the upgrade in September 2023": {@link PeriodReading} reads those), vague references ("the past", "current"), the date of the article's dateline (as its
 * {@link org.parley.core.analysis.ArticleSections#dateline() sections} hold it), a bare year in brackets or
 * in a name ("the 1982 United Nations Convention"), and an expression of a planned action after
 * "will"/"to"+verb between the trigger and it. Of the rest, the one the trigger governs in the
 * parse, else the nearest in tokens, wins; "said on Wednesday" counts as far away unless the
 * trigger is the reporting verb. Stateless and thread-safe.
 */
final class ExpressionSelection {

    /** A year written before a capitalised name ("1982 United Nations Convention", "2024 U.S.-ASEAN Business Council"). */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("\\s+(?:[A-Z][\\p{L}.'-]*)(?:\\s+[A-Z][\\p{L}.'-]*)*");
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:" + DatingWords.alternatives("period_prepositions") + ")\\s+the\\s+(?:"
                    + DatingWords.alternatives("period_extents") + ")\\s*"
                    + "|\\b(?:" + DatingWords.alternatives("span_prepositions") + ")\\s+(?:the\\s+)?)$");
    private static final Pattern VAGUE_TEXT = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:" + DatingWords.alternatives("vague_words") + ")\\b.*");
    private static final Set<String> PLAN_AUXILIARIES = Set.copyOf(DatingWords.of("plan_auxiliaries"));
    private static final Set<String> OTHER_CLAUSE_MARKS =
            Set.copyOf(DatingWords.of("other_clause_marks"));

    private final PeriodReading periods;

    ExpressionSelection(PeriodReading periods) {
        this.periods = periods;
    }

    /** The expression of sentence {@code index} that dates the trigger (any when {@code trigger} is -1). */
    Optional<TimeExpression> expressionFor(DatingRequest r, int index, int trigger) {
        Sentence s = r.text().sentences().get(index);
        return r.text().times().stream()
                .filter(t -> t.sentence() == index)
                .filter(t -> t.type().equals("DATE") || t.type().equals("TIME"))
                .filter(t -> !(TimexValue.parse(t.value()) instanceof TimexValue.Unresolved))
                .filter(t -> !belongsElsewhere(r, s, t, trigger))
                .min(Comparator.comparingInt((TimeExpression t) -> distance(s, t, trigger))
                        .thenComparing(TimeExpression::span));
    }

    /** Whether {@code t} dates something other than the mention of {@code trigger} (any mention when -1). */
    boolean belongsElsewhere(DatingRequest r, Sentence s, TimeExpression t, int trigger) {
        String clean = r.clean();
        String before = clean.substring(s.span().begin(), Math.max(s.span().begin(), t.span().begin()));
        String after = clean.substring(Math.min(t.span().end(), s.span().end()), s.span().end());
        if (PERIOD_BEFORE.matcher(before).find() || VAGUE_TEXT.matcher(t.text()).matches()
                || periods.isBound(r, t, trigger)) {
            return true;
        }
        if (r.sections().dateline().filter(d -> d.isDate(t)).isPresent()) {
            return true;   // "HANOI, May 29 (Capital Wire) -": the report's date, not the event's
        }
        if (t.text().matches("\\d{4}") && before.endsWith("(") && after.startsWith(")")) {
            return true;   // "(2023)": labels the thing named before it
        }
        if (t.text().matches("\\d{4}") && before.endsWith("the ") && YEAR_IN_NAME.matcher(after).lookingAt()) {
            return true;   // "the 1982 United Nations Convention": part of a name, not a date of the event
        }
        if (trigger >= 0 && inOtherClause(s, r.graph(s.index()), trigger, tokensOf(s, t.span()))) {
            return true;   // "her first visit since she took office in September": that clause's own event
        }
        if (inSayingClause(s, r.graph(s.index()), trigger, tokensOf(s, t.span()))) {
            return true;   // "welcomed the visit, saying ... the phone talks on March 29 ...": the talks' date
        }
        return trigger >= 0 && plannedBetween(s, trigger, tokensOf(s, t.span()));
    }

    /**
     * Whether the expression stands in what a "saying" clause reports ("Chinh welcomed the visit,
     * saying it, along with the phone talks on March 29, ..."): an aside naming other events, whose
     * dates are theirs, not the act's. Not when the trigger itself stands in that clause, nor for a
     * reporting verb heading the sentence ("Son said on Tuesday").
     */
    private static boolean inSayingClause(Sentence s, DependencyGraph g, int trigger, int[] range) {
        if (range == null || s.dependencies().isEmpty()) {
            return false;
        }
        for (int node = range[0], depth = 0; node >= 0 && depth < 20; node = g.governor(node), depth++) {
            int gov = g.governor(node);
            if (node == trigger || gov < 0) {
                return false;
            }
            if (g.token(gov).pos() == PartOfSpeech.VERB_GERUND && gov != trigger && g.governor(gov) >= 0
                    && !g.baseRelation(node).equals("obl")
                    && CueWords.reportingLemmas().contains(g.token(gov).lemma().toLowerCase(Locale.ROOT))) {
                return trigger < 0 || !governs(g, gov, trigger);
            }
        }
        return false;
    }

    /**
     * Whether the expression stands in a clause opened by "since", "after" or "before"
     * ({@code other_clause_marks}) that is not the trigger's own: the clause names another event
     * and the date is its.
     */
    private static boolean inOtherClause(Sentence s, DependencyGraph g, int trigger, int[] range) {
        if (range == null || s.dependencies().isEmpty()) {
            return false;
        }
        for (int node = range[0], depth = 0; node >= 0 && depth < 8; node = g.governor(node), depth++) {
            if (node == trigger) {
                return false;
            }
            if (g.isVerb(node) && opensOtherClause(g, node)) {
                return !governs(g, node, trigger);
            }
        }
        return false;
    }

    /**
     * "since she took office", "after they signed", "five years after they signed": a mark, or the case
     * of a measure; or "after" read as the case of the clause's subject ("praised Nigeria's role after
     * Niger, Mali and Burkina Faso announced in January ...").
     */
    private static boolean opensOtherClause(DependencyGraph g, int verb) {
        if (g.clauseOpenedBy(verb, OTHER_CLAUSE_MARKS)) {
            return true;
        }
        return g.children(verb, "advmod").stream().flatMap(a -> g.children(a, "case").stream())
                .anyMatch(c -> OTHER_CLAUSE_MARKS.contains(g.lower(c)));
    }

    private static boolean governs(DependencyGraph g, int head, int node) {
        for (int n = node, depth = 0; n >= 0 && depth < 20; n = g.governor(n), depth++) {
            if (n == head) {
                return true;
            }
        }
        return false;
    }

    /** Whether a "will" or "to" + verb stands between the trigger and a later expression. */
    private static boolean plannedBetween(Sentence s, int trigger, int[] range) {
        if (range == null || range[0] <= trigger) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = trigger + 1; i < range[0]; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (PLAN_AUXILIARIES.contains(w)) {
                return true;
            }
            if (w.equals("to") && i + 1 < range[0] && tokens.get(i + 1).pos() == PartOfSpeech.VERB_BASE) {
                return true;
            }
        }
        return false;
    }

    private static int distance(Sentence s, TimeExpression t, int trigger) {
        int[] range = tokensOf(s, t.span());
        if (range == null) {
            return Integer.MAX_VALUE / 2;
        }
        int penalty = t.type().equals("TIME") ? 2 : 0;
        if (TimexValue.parse(t.value()) instanceof TimexValue.Weekday) {
            penalty += 3;   // a bare weekday gives less than a date written next to it
        }
        if (trigger < 0) {
            return range[0] + penalty;
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() == trigger && d.dependent() >= range[0] && d.dependent() <= range[1]) {
                return penalty;   // the trigger governs the expression: attached
            }
        }
        int gap = trigger < range[0] ? range[0] - trigger : trigger > range[1] ? trigger - range[1] : 0;
        boolean triggerReports = trigger < s.tokens().size() && reports(s.tokens().get(trigger).word());
        if (!triggerReports && reportedBy(s, range[0])) {
            gap += 20;   // "the ministry said on Wednesday" dates the statement
        }
        return gap + penalty;
    }

    /** Whether a reporting word stands within three tokens before token {@code first}. */
    static boolean reportedBy(Sentence s, int first) {
        for (int i = Math.max(0, first - 3); i < first; i++) {
            if (reports(s.tokens().get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a written form of a reporting verb, in any case. */
    private static boolean reports(String word) {
        return CueWords.reportingForms().contains(word.toLowerCase(Locale.ROOT));
    }

    /** First and last token index of the sentence overlapping {@code span}, or null. */
    static int[] tokensOf(Sentence s, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).span().overlaps(span)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}

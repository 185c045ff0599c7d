package org.parley.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford SUTime as a {@link TimexFinder}: reads each sentence given, with the publication date
 * as document date when known; otherwise relative expressions keep unresolved values such as
 * {@code XXXX-03-26} or {@code PRESENT_REF}. Thread-safe: SUTime reads one sentence at a time, and
 * each call has its own time index.
 *
 * <p>Design decision: what {@code TimeAnnotator.annotateSingleSentence} returns is read straight
 * from SUTime's attribute map, without building its {@code Timex} objects: each of those writes a
 * DOM element and serialises it through a new XSLT transformer (about a sixth of SUTime's time on
 * news text), and Parley needs only the offsets, the type and the value. The same expressions are
 * kept: one whose attributes or range cannot be computed is dropped, as {@code TimeAnnotator} drops it.
 *
 * <p>Design decision: SUTime's value for a bare weekday (or season, or part of the day) depends on
 * a tag ({@code resolveTo}: past or future) that its last rules set when a past-tense verb or "will"
 * stands next to the expression, and they set it on the rule's result, which for "Thursday" is a
 * constant shared by every call ({@code THURSDAY} in its rule files; months are built per match).
 * Left alone, the tag of one sentence stays for every later one, of any document and any thread,
 * until another sentence sets it again: "The meeting is Thursday." read after "He arrived
 * Thursday." was the Thursday before.
 * So one sentence is read at a time ({@link Rules}), and those tags are set to "the past" before
 * each: SUTime's answer for a sentence is a function of that sentence and the publication date
 * alone, and a weekday with no tense next to it is the one before publication, as news mostly tells
 * (and as the stale tag of a news stream mostly said). Cleared instead, such a weekday went to the
 * nearest one, also when that was after publication ("up from 443 million Thursday", written on a
 * Monday): TempEval-3 dev value F1 0.7841 (stale tags) fell to 0.7802 (cleared), seven weekdays
 * moved a week ahead. One extractor under a lock rather than one per thread: a second extractor
 * (its rules parsed again) would be built on the first concurrent call, inside a timed run, and
 * SUTime now reads few sentences, so two threads seldom wait for each other.
 */
final class SuTimeFinder implements TimexFinder {

    /** SUTime's {@code sutime.includeRange}; also used when parsing the document date, as TimeAnnotator does. */
    static final boolean INCLUDE_RANGE = true;

    /** The value tag SUTime's rules set on shared constants (past/future resolution). */
    private static final String RESOLVE_TO = "resolveTo";
    /** What each sentence starts from: a weekday or season with no tense next to it is the one before publication. */
    private static final Value TOLD_BEFORE = Expressions.createValue(null, SUTime.RESOLVE_TO_PAST);

    private final Rules rules;

    /** @param props CoreNLP properties holding the {@code sutime.*} settings */
    SuTimeFinder(Properties props) {
        this.rules = new Rules(props);
    }

    @Override
    public List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        // Parsed once per document, not once per sentence as TimeAnnotator does.
        SUTime.Time docDate = published.map(date -> SUTime.parseDateTime(date.toString(), INCLUDE_RANGE)).orElse(null);
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        List<FoundTimex> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            out.addAll(rules.inSentence(sentence, docDate, index));
        }
        return out;
    }

    /** SUTime's extractor and the constants of its rules that its tags stick to; one sentence at a time. */
    private static final class Rules {
        private final TimeExpressionExtractorImpl sutime;
        private final List<Value> constants;

        Rules(Properties props) {
            this.sutime = new TimeExpressionExtractorImpl("sutime", props);
            this.constants = constants(sutime);
        }

        synchronized List<FoundTimex> inSentence(CoreMap sentence, SUTime.Time docDate, SUTime.TimeIndex index) {
            for (Value constant : constants) {
                Tags tags = constant.getTags();
                if (tags == null) {
                    constant.setTags(tags = new Tags());
                }
                tags.setTag(RESOLVE_TO, TOLD_BEFORE);
            }
            return found(sutime, sentence, docDate, index);
        }

        /** The values bound to the variables of the extractor's rules ({@code THURSDAY = DayOfWeek(4)}, ...). */
        private static List<Value> constants(TimeExpressionExtractorImpl sutime) {
            try {
                Field field = TimeExpressionExtractorImpl.class.getDeclaredField("expressionExtractor");
                field.setAccessible(true);
                CoreMapExpressionExtractor<?> extractor = (CoreMapExpressionExtractor<?>) field.get(sutime);
                List<Value> out = new ArrayList<>();
                for (Object bound : extractor.getEnv().getVariables().values()) {
                    if (bound instanceof Value value) {
                        out.add(value);
                    }
                }
                return List.copyOf(out);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot reach the rule constants of SUTime's extractor", e);
            }
        }
    }

    private static List<FoundTimex> found(TimeExpressionExtractorImpl sutime, CoreMap sentence, SUTime.Time docDate,
                                          SUTime.TimeIndex index) {
        List<FoundTimex> out = new ArrayList<>();
        CoreMap aligned = NumberSequenceClassifier.alignSentence(sentence);
        for (edu.stanford.nlp.time.TimeExpression expression : sutime.extractTimeExpressions(aligned, docDate, index)) {
            SUTime.Temporal temporal = expression.getTemporal();
            CoreMap found = expression.getAnnotation();
            Integer begin = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (temporal == null || begin == null || end == null) {
                continue;
            }
            Map<String, String> attributes;
            try {
                attributes = temporal.getTimexAttributes(index);
                if (INCLUDE_RANGE) {
                    temporal.getRange();
                }
            } catch (RuntimeException e) {
                continue;
            }
            String value = attributes.get("value") != null ? attributes.get("value") : attributes.get("alt_value");
            out.add(new FoundTimex(begin, end, attributes.get("type"), value));
        }
        return out;
    }
}

package org.parley.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford SUTime as a {@link TimexFinder}: reads each sentence given, with the publication date
 * as document date when known; otherwise relative expressions keep unresolved values such as
 * {@code XXXX-03-26} or {@code PRESENT_REF}. Thread-safe: SUTime's extractor is shared, and each
 * call has its own time index.
 *
 * <p>Design decision: what {@code TimeAnnotator.annotateSingleSentence} returns is read straight
 * from SUTime's attribute map, without building its {@code Timex} objects: each of those writes a
 * DOM element and serialises it through a new XSLT transformer (about a sixth of SUTime's time on
 * news text), and Parley needs only the offsets, the type and the value. The same expressions are
 * kept: one whose attributes or range cannot be computed is dropped, as {@code TimeAnnotator} drops it.
 */
final class SuTimeFinder implements TimexFinder {

    /** SUTime's {@code sutime.includeRange}; also used when parsing the document date, as TimeAnnotator does. */
    static final boolean INCLUDE_RANGE = true;

    private final TimeExpressionExtractorImpl sutime;

    /** @param props CoreNLP properties holding the {@code sutime.*} settings */
    SuTimeFinder(Properties props) {
        this.sutime = new TimeExpressionExtractorImpl("sutime", props);
    }

    @Override
    public List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published) {
        // Parsed once per document, not once per sentence as TimeAnnotator does.
        SUTime.Time docDate = published.map(date -> SUTime.parseDateTime(date.toString(), INCLUDE_RANGE)).orElse(null);
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        List<FoundTimex> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            out.addAll(inSentence(sentence, docDate, index));
        }
        return out;
    }

    private List<FoundTimex> inSentence(CoreMap sentence, SUTime.Time docDate, SUTime.TimeIndex index) {
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

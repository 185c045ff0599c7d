package org.parley.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalizes the time expressions of chosen sentences of one text that CoreNLP has
 * tokenized, tagged and lemmatized. {@link CoreNlpAnnotator} chooses the sentences (all, or those
 * with a temporal cue) and turns what is found into Parley's {@code TimeExpression}s.
 *
 * <p>Implementations are thread-safe: one instance serves every call of the annotator.
 */
interface TimexFinder {

    /**
     * @param text      the whole text the sentences' offsets refer to
     * @param sentences the sentences to read, in text order
     * @param published the document creation time that relative expressions are resolved against,
     *                  if known
     * @return the expressions found, in no particular order
     */
    List<FoundTimex> find(String text, List<CoreMap> sentences, Optional<LocalDate> published);
}

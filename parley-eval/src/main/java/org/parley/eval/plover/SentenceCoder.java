package org.parley.eval.plover;

import java.util.List;

/**
 * Codes one news sentence into PLOVER events: the seam between the PLOVER scorer and the coders
 * it compares ({@link KeywordBaselineCoder}, Parley's own pipeline).
 *
 * <p>Contract: returns the events found (empty when none), each with a PLOVER type and the
 * countries of its source and target actors; never null. Implementations used by
 * {@link PloverRun} may be called from one thread only.
 */
public interface SentenceCoder {

    /** A short name for reports ({@code baseline}, {@code parley}). */
    String name();

    /** The events of {@code sentence}. */
    List<CodedEvent> code(String sentence);
}

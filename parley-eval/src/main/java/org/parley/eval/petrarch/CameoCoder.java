package org.parley.eval.petrarch;

import java.util.List;

/**
 * Codes one sentence into CAMEO event codes ({@code 064}, {@code 1723}): the seam between the
 * PETRARCH scorer and the coders it compares.
 *
 * <p>Contract: returns the CAMEO codes of the events found (empty when none), never null.
 * Implementations used by {@link PetrarchRun} may be called from one thread only.
 */
public interface CameoCoder {

    /** A short name for reports ({@code baseline}, {@code parley}). */
    String name();

    /** The CAMEO codes of the events in {@code sentence}. */
    List<String> cameoCodes(String sentence);
}

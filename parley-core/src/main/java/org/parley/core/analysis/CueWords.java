package org.parley.core.analysis;

import java.util.Set;
import org.parley.core.data.TsvRows;

/**
 * The cue words every stage reads the same way, one bundled TSV per kind beside this class (each
 * file says where its words come from): negations ({@code negation-cues.tsv}). Read once per class
 * loader; immutable and thread-safe.
 */
public final class CueWords {

    private static final Set<String> NEGATIONS = Set.copyOf(
            TsvRows.bundled(CueWords.class, "negation-cues.tsv", 1, row -> row.cell(0).strip()));

    private CueWords() {
    }

    /** Words that negate the verb they depend on, lower case ("not", "n't", "never", "no"). */
    public static Set<String> negations() {
        return NEGATIONS;
    }
}

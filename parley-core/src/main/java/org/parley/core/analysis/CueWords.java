package org.parley.core.analysis;

import java.util.List;
import java.util.Set;
import org.parley.core.data.TsvRows;

/**
 * The cue words every stage reads the same way, one bundled TSV per kind beside this class (each
 * file says where its words come from): negations ({@code negation-cues.tsv}) and reporting verbs
 * ({@code reporting-verbs.tsv}, as lemmas for callers that have them and as written forms for those
 * that match words). Read once per class loader; immutable and thread-safe.
 */
public final class CueWords {

    private static final Set<String> NEGATIONS = Set.copyOf(
            TsvRows.bundled(CueWords.class, "negation-cues.tsv", 1, row -> row.cell(0).strip()));
    private static final List<Verb> REPORTING = TsvRows.bundled(CueWords.class, "reporting-verbs.tsv", 2,
            row -> new Verb(row.cell(0).strip(), row.list(1)));
    private static final Set<String> REPORTING_LEMMAS = Set.copyOf(REPORTING.stream().map(Verb::lemma).toList());
    private static final Set<String> REPORTING_FORMS = Set.copyOf(
            REPORTING.stream().flatMap(v -> v.forms().stream()).toList());

    /** A verb of a cue list: its lemma and the written forms that count. */
    private record Verb(String lemma, List<String> forms) {
    }

    private CueWords() {
    }

    /** Words that negate the verb they depend on, lower case ("not", "n't", "never", "no"). */
    public static Set<String> negations() {
        return NEGATIONS;
    }

    /** The lemmas of the verbs that report speech, lower case ("say", "announce"). */
    public static Set<String> reportingLemmas() {
        return REPORTING_LEMMAS;
    }

    /** The written forms of the verbs that report speech, lower case ("said", "says", "announced"). */
    public static Set<String> reportingForms() {
        return REPORTING_FORMS;
    }
}

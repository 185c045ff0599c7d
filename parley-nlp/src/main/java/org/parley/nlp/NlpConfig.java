package org.parley.nlp;

import java.util.Objects;

/**
 * Which CoreNLP models and costly steps {@link CoreNlpAnnotator} runs.
 *
 * <p>Design decision: the default is {@link #defaults()} = one 3-class CRF, the curated
 * fine-grained list, SUTime only on sentences with temporal cues, and dependency parses. The
 * numbers behind it are in {@code docs/nlp-performance.md}; CoreNLP's shipped setup (three CRFs,
 * its 585k-entry fine-grained list, SUTime everywhere) is several times slower for the entity
 * types Parley uses.
 *
 * @param crf         which statistical NER models run
 * @param fineGrained where fine-grained types (TITLE, COUNTRY, NATIONALITY, CITY, ...) come from
 * @param time        which sentences SUTime reads
 * @param depparse    whether to compute UD basic dependency parses
 */
public record NlpConfig(CrfModels crf, FineGrained fineGrained, TimeScope time, boolean depparse) {

    /** The statistical NER models. MONEY, PERCENT and numbers come from CoreNLP's numeric rules either way. */
    public enum CrfModels {
        /** CoreNLP's default trio: 3-class (all), 4-class (CoNLL) and 7-class (MUC). */
        ALL_THREE("all3"),
        /** Only {@code english.all.3class.distsim}: PERSON, ORGANIZATION, LOCATION. */
        THREE_CLASS("3class");

        final String label;

        CrfModels(String label) {
            this.label = label;
        }
    }

    /** Where fine-grained entity types come from. */
    public enum FineGrained {
        /** Coarse types only: PERSON, ORGANIZATION, LOCATION, MISC, plus numeric types. */
        NONE("none"),
        /** Parley's own list of titles, countries, demonyms and cities (about 1,400 patterns). */
        CURATED("curated"),
        /** The curated list first, then CoreNLP's shipped KBP lists (585k entries; slow). */
        CORENLP_DEFAULT("corenlp");

        final String label;

        FineGrained(String label) {
            this.label = label;
        }
    }

    /** Which sentences SUTime normalizes time expressions in. */
    public enum TimeScope {
        /** Every sentence. */
        ALL_SENTENCES("all"),
        /** Only sentences with a temporal cue (month, weekday, digit, "yesterday", "last week", ...). */
        CUED_SENTENCES("cued"),
        /** No SUTime: time expressions come only from the numeric-date pass. */
        OFF("off");

        final String label;

        TimeScope(String label) {
            this.label = label;
        }
    }

    public NlpConfig {
        Objects.requireNonNull(crf, "crf");
        Objects.requireNonNull(fineGrained, "fineGrained");
        Objects.requireNonNull(time, "time");
    }

    /** Parley's default: {@code 3class, curated, cued, depparse}. */
    public static NlpConfig defaults() {
        return new NlpConfig(CrfModels.THREE_CLASS, FineGrained.CURATED, TimeScope.CUED_SENTENCES, true);
    }

    /** CoreNLP's shipped NER setup plus depparse, for comparison. */
    public static NlpConfig coreNlpAsShipped() {
        return new NlpConfig(CrfModels.ALL_THREE, FineGrained.CORENLP_DEFAULT, TimeScope.ALL_SENTENCES, true);
    }

    public NlpConfig withCrf(CrfModels value) {
        return new NlpConfig(value, fineGrained, time, depparse);
    }

    public NlpConfig withFineGrained(FineGrained value) {
        return new NlpConfig(crf, value, time, depparse);
    }

    public NlpConfig withTime(TimeScope value) {
        return new NlpConfig(crf, fineGrained, value, depparse);
    }

    public NlpConfig withDepparse(boolean value) {
        return new NlpConfig(crf, fineGrained, time, value);
    }

    /** A short stable label, e.g. {@code crf=3class fine=curated time=cued depparse=on}. */
    public String label() {
        return "crf=" + crf.label + " fine=" + fineGrained.label + " time=" + time.label
                + " depparse=" + (depparse ? "on" : "off");
    }
}

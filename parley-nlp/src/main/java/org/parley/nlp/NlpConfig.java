package org.parley.nlp;

import java.util.Objects;

/**
 * Which CoreNLP models and costly steps {@link CoreNlpAnnotator} runs.
 *
 * <p>Design decision: the default is {@link #defaults()} = one 3-class CRF, the curated
 * fine-grained list, SUTime only on sentences with temporal cues, and dependency parses. The
 * numbers behind it are in {@code docs/nlp-performance.md}; CoreNLP's shipped setup (three CRFs,
 * its 585k-entry fine-grained list, SUTime everywhere) is several times slower for the entity
 * types Parley uses. Parses are computed only for sentences that may carry an event or a commitment
 * ({@link ParseScope#CUED_SENTENCES}): the extractors read no other parse.
 *
 * @param crf         which statistical NER models run
 * @param fineGrained where fine-grained types (TITLE, COUNTRY, NATIONALITY, CITY, ...) come from
 * @param time        which sentences SUTime reads
 * @param parse       which sentences get a UD basic dependency parse
 */
public record NlpConfig(CrfModels crf, FineGrained fineGrained, TimeScope time, ParseScope parse) {

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

    /** Which sentences the dependency parser reads. */
    public enum ParseScope {
        /** Every sentence, with CoreNLP's own annotator (which also builds the graphs Parley does not read). */
        ALL_SENTENCES("all"),
        /**
         * Only sentences with a cue word of the extractors and a candidate actor ({@link ParseCues}),
         * building only the basic graph ({@link CuedParser}).
         */
        CUED_SENTENCES("cued"),
        /** No parses: the events and commitments extractors find nothing. */
        OFF("off");

        final String label;

        ParseScope(String label) {
            this.label = label;
        }
    }

    public NlpConfig {
        Objects.requireNonNull(crf, "crf");
        Objects.requireNonNull(fineGrained, "fineGrained");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(parse, "parse");
    }

    /** Parley's default: {@code 3class, curated, cued time, cued depparse}. */
    public static NlpConfig defaults() {
        return new NlpConfig(CrfModels.THREE_CLASS, FineGrained.CURATED, TimeScope.CUED_SENTENCES,
                ParseScope.CUED_SENTENCES);
    }

    /** CoreNLP's shipped NER setup plus depparse on every sentence, for comparison. */
    public static NlpConfig coreNlpAsShipped() {
        return new NlpConfig(CrfModels.ALL_THREE, FineGrained.CORENLP_DEFAULT, TimeScope.ALL_SENTENCES,
                ParseScope.ALL_SENTENCES);
    }

    /** Whether any sentence is parsed. */
    public boolean depparse() {
        return parse != ParseScope.OFF;
    }

    public NlpConfig withCrf(CrfModels value) {
        return new NlpConfig(value, fineGrained, time, parse);
    }

    public NlpConfig withFineGrained(FineGrained value) {
        return new NlpConfig(crf, value, time, parse);
    }

    public NlpConfig withTime(TimeScope value) {
        return new NlpConfig(crf, fineGrained, value, parse);
    }

    public NlpConfig withParse(ParseScope value) {
        return new NlpConfig(crf, fineGrained, time, value);
    }

    /** No parses ({@code false}), or parses on the sentences of the default scope ({@code true}). */
    public NlpConfig withDepparse(boolean value) {
        return withParse(value ? defaults().parse() : ParseScope.OFF);
    }

    /** A short stable label, e.g. {@code crf=3class fine=curated time=cued depparse=cued}. */
    public String label() {
        return "crf=" + crf.label + " fine=" + fineGrained.label + " time=" + time.label + " depparse=" + parse.label;
    }
}

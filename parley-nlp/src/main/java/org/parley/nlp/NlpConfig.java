package org.parley.nlp;

import java.util.Objects;

/**
 * Which CoreNLP models and costly steps {@link CoreNlpAnnotator} runs.
 *
 * <p>Design decision: the default is {@link #defaults()} = one 3-class CRF, the curated
 * fine-grained list, SUTime only on sentences with temporal
 * cues, and dependency parses. The numbers behind it are in {@code docs/nlp-performance.md};
 * CoreNLP's shipped setup (three CRFs, its 585k-entry fine-grained list, SUTime everywhere) is
 * several times slower for the entity types Parley uses. Parses are computed only for sentences
 * that may carry an event or a commitment ({@link ParseScope#CUED_SENTENCES}): the extractors read
 * no other parse.
 *
 * @param crf         which statistical NER models run
 * @param fineGrained where fine-grained types (TITLE, COUNTRY, NATIONALITY, CITY, ...) come from
 * @param time        which sentences the time tagger reads
 * @param parse       which sentences get a UD basic dependency parse
 * @param tagger      which time tagger finds and normalizes time expressions
 */
public record NlpConfig(CrfModels crf, FineGrained fineGrained, TimeScope time, ParseScope parse, TimeTagger tagger) {

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

    /** Which time tagger finds time expressions; numeric dates ({@code 27/03/2024}) come from Parley's own pass either way. */
    public enum TimeTagger {
        /** Stanford SUTime. */
        SUTIME("sutime"),
        /** HeidelTime's English rules, fed CoreNLP's tokens and tags. */
        HEIDELTIME("heideltime"),
        /** HeidelTime's expressions, with SUTime's value where HeidelTime is weaker ({@code CombinedTimexFinder}). */
        BOTH("both");

        final String label;

        TimeTagger(String label) {
            this.label = label;
        }

        /** The tagger labelled {@code label} ({@code sutime}, {@code heideltime}, {@code both}; any case). */
        public static TimeTagger named(String label) {
            for (TimeTagger t : values()) {
                if (t.label.equalsIgnoreCase(label.strip())) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown time tagger '" + label + "'; known: sutime, heideltime, both");
        }
    }

    /** Which sentences the time tagger normalizes time expressions in. */
    public enum TimeScope {
        /** Every sentence. */
        ALL_SENTENCES("all"),
        /** Only sentences with a temporal cue (month, weekday, digit, "yesterday", "last week", ...). */
        CUED_SENTENCES("cued"),
        /** No time tagger: time expressions come only from the numeric-date pass. */
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
        Objects.requireNonNull(tagger, "tagger");
    }

    /** A configuration with SUTime as time tagger. */
    public NlpConfig(CrfModels crf, FineGrained fineGrained, TimeScope time, ParseScope parse) {
        this(crf, fineGrained, time, parse, TimeTagger.SUTIME);
    }

    /**
     * Parley's default: {@code 3class, curated, cued time, cued depparse}, HeidelTime and SUTime
     * combined ({@link TimeTagger#BOTH}): on TempEval-3 dev its value F1 is above SUTime's alone (0.684)
     * and HeidelTime's alone (docs/nlp-performance.md, "Time expressions"). SUTime alone stays
     * selectable ({@code --timex sutime}, {@link #withTagger}).
     */
    public static NlpConfig defaults() {
        return new NlpConfig(CrfModels.THREE_CLASS, FineGrained.CURATED, TimeScope.CUED_SENTENCES,
                ParseScope.CUED_SENTENCES, TimeTagger.BOTH);
    }

    /** CoreNLP's shipped NER setup (SUTime everywhere) plus depparse on every sentence, for comparison. */
    public static NlpConfig coreNlpAsShipped() {
        return new NlpConfig(CrfModels.ALL_THREE, FineGrained.CORENLP_DEFAULT, TimeScope.ALL_SENTENCES,
                ParseScope.ALL_SENTENCES, TimeTagger.SUTIME);
    }

    /** Whether any sentence is parsed. */
    public boolean depparse() {
        return parse != ParseScope.OFF;
    }

    public NlpConfig withCrf(CrfModels value) {
        return new NlpConfig(value, fineGrained, time, parse, tagger);
    }

    public NlpConfig withFineGrained(FineGrained value) {
        return new NlpConfig(crf, value, time, parse, tagger);
    }

    public NlpConfig withTime(TimeScope value) {
        return new NlpConfig(crf, fineGrained, value, parse, tagger);
    }

    public NlpConfig withParse(ParseScope value) {
        return new NlpConfig(crf, fineGrained, time, value, tagger);
    }

    /** No parses ({@code false}), or parses on the sentences of the default scope ({@code true}). */
    public NlpConfig withDepparse(boolean value) {
        return withParse(value ? defaults().parse() : ParseScope.OFF);
    }

    public NlpConfig withTagger(TimeTagger value) {
        return new NlpConfig(crf, fineGrained, time, parse, value);
    }

    /**
     * A short stable label, e.g. {@code crf=3class fine=curated time=cued depparse=cued}; a time tagger
     * other than SUTime is named after the scope ({@code time=cued/heideltime}), so SUTime's labels,
     * which stores keep with their annotations, stay as they were.
     */
    public String label() {
        return "crf=" + crf.label + " fine=" + fineGrained.label + " time=" + time.label
                + (tagger == TimeTagger.SUTIME ? "" : "/" + tagger.label)
                + " depparse=" + parse.label;
    }
}

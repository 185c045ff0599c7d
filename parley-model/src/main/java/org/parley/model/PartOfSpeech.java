package org.parley.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The part of speech of a token: one constant per tag of the Penn Treebank tag set (with the
 * OntoNotes additions {@code HYPH}, {@code NFP}, {@code ADD}, {@code AFX}, {@code GW}, {@code XX}),
 * named by what it means, so that no information of a Penn tag is lost, plus {@link #OTHER} for a
 * tag outside the set. Code asks the predicates ({@link #isNoun()}, {@link #isVerb()}, ...) rather
 * than comparing tags.
 *
 * <p>Design decision: the constants know their Penn tag ({@link #penn()}, {@link #fromPenn}) because
 * the Penn Treebank is a public standard that taggers and treebanks share (gold sets and stored
 * annotations carry it), not one library's convention.
 */
public enum PartOfSpeech {
    COORDINATING_CONJUNCTION("CC"),
    NUMBER("CD"),
    DETERMINER("DT"),
    EXISTENTIAL_THERE("EX"),
    FOREIGN_WORD("FW"),
    /** A preposition or subordinating conjunction. */
    PREPOSITION("IN"),
    ADJECTIVE("JJ"),
    ADJECTIVE_COMPARATIVE("JJR"),
    ADJECTIVE_SUPERLATIVE("JJS"),
    LIST_MARKER("LS"),
    MODAL("MD"),
    NOUN("NN"),
    PLURAL_NOUN("NNS"),
    PROPER_NOUN("NNP"),
    PLURAL_PROPER_NOUN("NNPS"),
    PREDETERMINER("PDT"),
    /** The possessive ending 's. */
    POSSESSIVE("POS"),
    PERSONAL_PRONOUN("PRP"),
    POSSESSIVE_PRONOUN("PRP$"),
    ADVERB("RB"),
    ADVERB_COMPARATIVE("RBR"),
    ADVERB_SUPERLATIVE("RBS"),
    PARTICLE("RP"),
    SYMBOL("SYM"),
    /** The word "to", as preposition or infinitive marker. */
    TO("TO"),
    INTERJECTION("UH"),
    VERB_BASE("VB"),
    VERB_PAST("VBD"),
    VERB_GERUND("VBG"),
    VERB_PAST_PARTICIPLE("VBN"),
    /** A present-tense verb not in the third person singular ("they say"). */
    VERB_PRESENT("VBP"),
    /** A present-tense verb in the third person singular ("she says"). */
    VERB_PRESENT_THIRD_PERSON("VBZ"),
    WH_DETERMINER("WDT"),
    WH_PRONOUN("WP"),
    WH_POSSESSIVE_PRONOUN("WP$"),
    WH_ADVERB("WRB"),
    COMMA(","),
    SENTENCE_END("."),
    /** A colon, semicolon, dash or ellipsis. */
    COLON(":"),
    OPENING_QUOTE("``"),
    CLOSING_QUOTE("''"),
    OPENING_BRACKET("-LRB-"),
    CLOSING_BRACKET("-RRB-"),
    DOLLAR("$"),
    POUND("#"),
    HYPHEN("HYPH"),
    /** Punctuation that is not needed ("!!!", stray marks): OntoNotes' {@code NFP}. */
    SUPERFLUOUS_PUNCTUATION("NFP"),
    /** An e-mail or web address. */
    ADDRESS("ADD"),
    AFFIX("AFX"),
    /** A part of a word split in two ("any how"): OntoNotes' {@code GW}. */
    GOES_WITH("GW"),
    /** A word the annotators could not tag: OntoNotes' {@code XX}. */
    UNKNOWN("XX"),
    /** A tag outside the set, or none. */
    OTHER(null);

    private static final Map<String, PartOfSpeech> BY_PENN = new HashMap<>();

    static {
        for (PartOfSpeech pos : values()) {
            if (pos.penn != null) {
                BY_PENN.put(pos.penn, pos);
            }
        }
        // Older treebanks tell square and curly brackets apart; taggers trained on them may too.
        BY_PENN.put("-LSB-", OPENING_BRACKET);
        BY_PENN.put("-LCB-", OPENING_BRACKET);
        BY_PENN.put("-RSB-", CLOSING_BRACKET);
        BY_PENN.put("-RCB-", CLOSING_BRACKET);
    }

    private final String penn;

    PartOfSpeech(String penn) {
        this.penn = penn;
    }

    /** The constant of a Penn Treebank tag; {@link #OTHER} for null or a tag outside the set. */
    public static PartOfSpeech fromPenn(String tag) {
        return tag == null ? OTHER : BY_PENN.getOrDefault(tag, OTHER);
    }

    /** Its Penn Treebank tag ({@code NNS}, {@code -LRB-}); null for {@link #OTHER}. */
    public String penn() {
        return penn;
    }

    /** A common or proper noun, singular or plural. */
    public boolean isNoun() {
        return this == NOUN || this == PLURAL_NOUN || isProperNoun();
    }

    /** A proper noun, singular or plural. */
    public boolean isProperNoun() {
        return this == PROPER_NOUN || this == PLURAL_PROPER_NOUN;
    }

    /** A verb in any form; modals ({@link #MODAL}) are not verbs in the Penn tag set. */
    public boolean isVerb() {
        return switch (this) {
            case VERB_BASE, VERB_PAST, VERB_GERUND, VERB_PAST_PARTICIPLE, VERB_PRESENT, VERB_PRESENT_THIRD_PERSON ->
                    true;
            default -> false;
        };
    }

    /** An adjective, plain, comparative or superlative. */
    public boolean isAdjective() {
        return this == ADJECTIVE || this == ADJECTIVE_COMPARATIVE || this == ADJECTIVE_SUPERLATIVE;
    }
}

package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Map;
import org.parley.model.EntityType;
import org.parley.model.PartOfSpeech;

/**
 * CoreNLP's conventions turned into Parley's: its Penn Treebank tags into {@link PartOfSpeech}, its
 * named-entity classes into {@link EntityType} ({@code O}, no entity, into {@link EntityType#NONE}), and
 * its escaped brackets ({@code -LRB-}) back into the characters. A tag or class Parley does not know
 * becomes {@code OTHER}, never an error. Stateless.
 */
final class CoreNlpTags {

    /** Each class of CoreNLP 4.5's English NER (CRF, numeric, SUTime, KBP fine-grained) and its constant. */
    private static final Map<String, EntityType> ENTITY_TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("COUNTRY", EntityType.COUNTRY),
            Map.entry("CITY", EntityType.CITY),
            Map.entry("STATE_OR_PROVINCE", EntityType.STATE_OR_PROVINCE),
            Map.entry("NATIONALITY", EntityType.NATIONALITY),
            Map.entry("TITLE", EntityType.TITLE),
            Map.entry("RELIGION", EntityType.RELIGION),
            Map.entry("IDEOLOGY", EntityType.IDEOLOGY),
            Map.entry("CRIMINAL_CHARGE", EntityType.CRIMINAL_CHARGE),
            Map.entry("CAUSE_OF_DEATH", EntityType.CAUSE_OF_DEATH),
            Map.entry("MISC", EntityType.MISC),
            Map.entry("MONEY", EntityType.MONEY),
            Map.entry("PERCENT", EntityType.PERCENT),
            Map.entry("NUMBER", EntityType.NUMBER),
            Map.entry("ORDINAL", EntityType.ORDINAL),
            Map.entry("DATE", EntityType.DATE),
            Map.entry("TIME", EntityType.TIME),
            Map.entry("DURATION", EntityType.DURATION),
            Map.entry("SET", EntityType.SET),
            Map.entry("EMAIL", EntityType.EMAIL),
            Map.entry("URL", EntityType.URL),
            Map.entry("HANDLE", EntityType.HANDLE),
            Map.entry("O", EntityType.NONE));

    /** The tokenizer's escapes of brackets (PTB3 escaping), for a token without its original text. */
    private static final Map<String, String> BRACKETS = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");

    private CoreNlpTags() {
    }

    /** The part of speech of a Penn Treebank tag as CoreNLP's tagger writes it; OTHER for null or unknown. */
    static PartOfSpeech partOfSpeech(String tag) {
        return PartOfSpeech.fromPenn(tag);
    }

    /** The entity type of a CoreNLP NER class; NONE for null or {@code O}, OTHER for a class not listed. */
    static EntityType entityType(String nerClass) {
        return nerClass == null ? EntityType.NONE : ENTITY_TYPES.getOrDefault(nerClass, EntityType.OTHER);
    }

    /** The token as written: its original text, else its word with escaped brackets turned back into characters. */
    static String word(CoreLabel token) {
        String original = token.originalText(); // "" when the tokenizer kept none
        if (original != null && !original.isEmpty()) {
            return original;
        }
        return BRACKETS.getOrDefault(token.word(), token.word());
    }
}

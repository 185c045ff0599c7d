package org.parley.core.extract;

import java.util.Objects;
import java.util.Set;
import org.parley.core.coding.CameoPloverTable;

/**
 * One row of the trigger lexicon: a word that expresses an event, what event it expresses and how
 * to read its arguments.
 *
 * @param lemma   the word's lemma, lower case ("meet", "talk")
 * @param noun    whether it is a nominal trigger ("talks", "visit"), else a verb
 * @param type    PLOVER type (one of {@link #PLOVER_TYPES}), or null for a light verb
 * @param mode    PLOVER mode, or null
 * @param cameo   nearest CAMEO code (2–4 digits), or null for a light verb
 * @param cue     a condition the row needs, or null (see {@code triggers.tsv})
 * @param pattern how source and target are read
 */
public record TriggerRule(String lemma, boolean noun, String type, String mode, String cameo, String cue,
                          Pattern pattern) {

    /** The PLOVER event types Parley emits (the schema's list). */
    public static final Set<String> PLOVER_TYPES = Set.of("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID",
            "REQUEST", "CONCEDE", "RETREAT", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
            "COERCE", "ASSAULT");

    /** The conditions a row may need (see {@code triggers.tsv}); compiled once: rules are also made per event. */
    private static final java.util.regex.Pattern CUES =
            java.util.regex.Pattern.compile("(mod|prep|bare|obj|by|of):[a-z-]+|obj:PERSON|asks:act");

    /** How the arguments of a trigger are read from the parse. */
    public enum Pattern {
        /** A joint act: "A and B met" gives source A and target B. */
        SYMMETRIC,
        /** Source is the subject, target the object or a with/to/for/on argument. */
        DIRECTED,
        /** Like {@link #DIRECTED}; the subject of the requested clause is also a target. */
        REQUEST,
        /** The target is the country of the place visited, which is also the location. */
        VISIT,
        /** No event of its own: carries a nominal trigger ("held talks", a noun: "a mediation effort"). */
        LIGHT
    }

    public TriggerRule {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pattern, "pattern");
        if (pattern != Pattern.LIGHT) {
            if (type == null || !PLOVER_TYPES.contains(type)) {
                throw new IllegalArgumentException("'" + type + "' is not a PLOVER type");
            }
            if (cameo == null || !CameoPloverTable.isCameoCode(cameo)) {
                throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + cameo);
            }
        }
        if (cue != null && !CUES.matcher(cue).matches()) {
            throw new IllegalArgumentException("unknown cue '" + cue
                    + "' (mod:WORD, prep:WORD, bare:WORD, obj:WORD, by:WORD, of:WORD, obj:PERSON or asks:act)");
        }
    }

    public boolean light() {
        return pattern == Pattern.LIGHT;
    }
}

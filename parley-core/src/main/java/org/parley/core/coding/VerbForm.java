package org.parley.core.coding;

import java.util.List;
import java.util.Set;

/**
 * One verb of a family: the words the parser may tag as that verb ({@code BREAK BROKE BROKEN ...}),
 * the words that must stand right before or after it for a multi-word verb ({@code WIRE_+TAP}:
 * WIRE before; {@code +CORDON_OFF}: OFF after) and its own code when it has one.
 *
 * @param forms  the verb's forms, upper-case
 * @param before words right before the verb, in order
 * @param after  words right after the verb, in order
 * @param code   the verb's own code, or null to use the family's
 * @param family the family's name ({@code BREAK})
 */
public record VerbForm(Set<String> forms, List<String> before, List<String> after, EventCode code, String family) {
    public VerbForm {
        forms = Set.copyOf(forms);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How many words beyond the verb itself it needs: multi-word verbs are tried first. */
    public int extraWords() {
        return before.size() + after.size();
    }
}

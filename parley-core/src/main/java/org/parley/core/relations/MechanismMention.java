package org.parley.core.relations;

import java.util.Objects;
import org.parley.model.Evidence;

/**
 * A report's sentence naming a mechanism of the pair.
 *
 * @param format  the format named
 * @param ordinal the edition the sentence names ("the first" 1), or 0 when it names none
 * @param annual  whether the sentence calls the format annual
 * @param said    the sentence
 */
record MechanismMention(MechanismFormats.Format format, int ordinal, boolean annual, Evidence said) {
    MechanismMention {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(said, "said");
    }
}

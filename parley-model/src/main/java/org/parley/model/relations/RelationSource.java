package org.parley.model.relations;

import java.util.Objects;
import org.parley.model.Evidence;

/** Where a fact about a relationship comes from: a report's sentence, or the bundled reference table. */
public sealed interface RelationSource {

    /** A sentence of a stored report that states the fact. */
    record Reported(Evidence sentence) implements RelationSource {
        public Reported {
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    /** A row of the reference table of established facts, with the source that row cites. */
    record Reference(String citation) implements RelationSource {
        public Reference {
            Objects.requireNonNull(citation, "citation");
        }
    }
}

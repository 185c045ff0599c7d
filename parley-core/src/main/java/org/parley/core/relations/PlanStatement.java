package org.parley.core.relations;

import java.util.Objects;
import org.parley.model.EventDate;
import org.parley.model.Evidence;
import org.parley.model.relations.Plan;

/**
 * A report's sentence stating a plan of the pair: "reiterated the invitation to Biden to visit Vietnam".
 *
 * @param who       the one to go or meet: a canonical name, or the words written when no actor was resolved
 * @param whoPerson whether {@code who} is a resolved person (a plan is matched to events by that person)
 * @param whom      the country to be visited (its name) or the person to be met
 * @param intended  when the sentence says it is to take place
 * @param stated    when the report states it
 * @param said      the sentence
 */
record PlanStatement(Plan.Action action, String who, boolean whoPerson, String whoCountry, String whom,
                     String whomCountry, Plan.Status status, EventDate intended, EventDate stated, Evidence said) {
    PlanStatement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(whom, "whom");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(intended, "intended");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(said, "said");
    }

    /** What makes two statements one plan: the same action by the same one towards the same country or person. */
    String key() {
        return action + "|" + who + "|" + (action == Plan.Action.VISIT ? whomCountry : whom);
    }
}

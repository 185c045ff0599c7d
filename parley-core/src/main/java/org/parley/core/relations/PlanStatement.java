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
 * @param edition   the mechanism's edition, for a plan of {@link Plan.Action#EDITION}; else null
 */
record PlanStatement(Plan.Action action, String who, boolean whoPerson, String whoCountry, String whom,
                     String whomCountry, Plan.Status status, EventDate intended, EventDate stated, Evidence said,
                     Plan.Next edition) {
    PlanStatement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(whom, "whom");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(intended, "intended");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(said, "said");
    }

    /** A visit or meeting. */
    PlanStatement(Plan.Action action, String who, boolean whoPerson, String whoCountry, String whom,
                  String whomCountry, Plan.Status status, EventDate intended, EventDate stated, Evidence said) {
        this(action, who, whoPerson, whoCountry, whom, whomCountry, status, intended, stated, said, null);
    }

    /**
     * What makes two statements one plan: the same action by the same one towards the same country or person;
     * for an edition, the same mechanism and ordinal (wherever each says it is to be held).
     */
    String key() {
        if (edition != null) {
            return action + "|" + edition.mechanism() + "|" + edition.ordinal();
        }
        return action + "|" + who + "|" + (action == Plan.Action.VISIT ? whomCountry : whom);
    }
}

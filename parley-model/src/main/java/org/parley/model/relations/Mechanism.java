package org.parley.model.relations;

import java.util.List;
import java.util.Objects;

/**
 * A named recurring format of a relationship ("Foreign Ministers' Dialogue") and its editions.
 *
 * @param key       the format's key in the mechanism table ("foreign-ministers-dialogue")
 * @param name      its name for readers
 * @param level     the participants' level ("ministerial", "leaders", "officials")
 * @param frequency "annual" when a report says so, else null
 * @param editions  the editions reported, by ordinal
 * @param nextExpected when the next edition is due (ISO 8601: a year after the last for an annual
 *                  format), or null when the frequency or the last date is not known
 * @param sources   the sentences that name the mechanism
 */
public record Mechanism(String key, String name, String level, String frequency, List<Edition> editions,
                        String nextExpected, List<RelationSource> sources) {
    public Mechanism {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        editions = List.copyOf(editions);
        sources = List.copyOf(sources);
    }
}

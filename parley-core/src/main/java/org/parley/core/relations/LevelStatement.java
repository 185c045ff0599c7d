package org.parley.core.relations;

import java.util.Objects;
import org.parley.model.EventDate;
import org.parley.model.Evidence;

/**
 * A report's sentence naming a framework level of the pair: that it was set up, and when, when the
 * sentence says so ("upgrading ... relations to Comprehensive Strategic Partnership" with "in
 * September 2023"), or only that it is in force.
 *
 * @param level the level, as the ladders spell it
 * @param since when it was set up, or null when the sentence does not say
 * @param said  the sentence
 */
record LevelStatement(String level, EventDate since, Evidence said) {
    LevelStatement {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(said, "said");
    }
}

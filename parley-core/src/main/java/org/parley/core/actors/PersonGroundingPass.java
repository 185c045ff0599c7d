package org.parley.core.actors;

import java.util.Set;

/**
 * Fixes the actor of every person met by full name, from all their full mentions (title, country,
 * apposition). Runs before the short forms so that a title the knowledge base lends to a bare
 * surname later ("President Biden") cannot change a person the text already introduced.
 */
final class PersonGroundingPass implements ReadingPass {

    private static final Contract CONTRACT = new Contract(Set.of(ReadingFact.FULL_NAMES), ReadingFact.GROUNDED_PEOPLE);

    @Override
    public Contract contract() {
        return CONTRACT;
    }

    @Override
    public void apply(ArticleReading r) {
        r.people().groundAll();
    }
}

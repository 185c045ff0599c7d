package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.data.TsvRows;

/** The pronouns resolved to actors, lower case, by what they stand for: the bundled {@code pronouns.tsv}. */
final class Pronouns {

    /** What a pronoun stands for: one person ("he", "his") or a pair ("they"). */
    enum StandsFor { PERSON, GROUP }

    private record Pronoun(String word, StandsFor standsFor) {
    }

    private static final List<Pronoun> ALL = TsvRows.bundled(Pronouns.class, "pronouns.tsv", 2, Pronouns::pronoun);

    private Pronouns() {
    }

    static Set<String> standingFor(StandsFor which) {
        return ALL.stream().filter(p -> p.standsFor() == which).map(Pronoun::word)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Pronoun pronoun(TsvRows.Row row) {
        try {
            return new Pronoun(row.cell(0), StandsFor.valueOf(row.cell(1).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stands_for must be person or group: '" + row.cell(1) + "'");
        }
    }
}

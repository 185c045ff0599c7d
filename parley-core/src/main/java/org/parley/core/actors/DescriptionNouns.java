package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.data.TsvRows;
import org.parley.model.Actor;

/**
 * Common nouns that stand for a person met in the article ("the diplomat", "the official", "the
 * host"), with how that person must look: the bundled {@code description-nouns.tsv}. Immutable and
 * thread-safe.
 */
final class DescriptionNouns {

    /** How the person a noun stands for is recognised. */
    enum Antecedent {
        /** Their role contains one of the values. */
        ROLE_CONTAINS,
        /** Their role is one of the values. */
        ROLE_IS,
        /** Their sector is one of the values. */
        SECTOR_IS,
        /** They are of the country the section takes place in. */
        HOST,
        /** They are of another country than the one the section takes place in. */
        GUEST
    }

    /**
     * A description noun.
     *
     * @param bare    whether it stands for a person also without "the" (in a headline, "Blinken and host")
     * @param nearest whether the nearest fitting person is taken; else only the one fitting person of the section
     */
    record Noun(String word, Antecedent antecedent, Set<String> values, boolean bare, boolean nearest) {

        /** Whether the noun speaks of the host country of the section: host or guest. */
        boolean needsHost() {
            return antecedent == Antecedent.HOST || antecedent == Antecedent.GUEST;
        }

        /** Whether {@code a} can be what the noun stands for; {@code host}: the section's host country. */
        boolean fits(Actor a, String host) {
            String role = a.role() == null ? "" : a.role();
            return switch (antecedent) {
                case ROLE_CONTAINS -> values.stream().anyMatch(role::contains);
                case ROLE_IS -> values.contains(role);
                case SECTOR_IS -> a.sector() != null && values.contains(a.sector());
                case HOST -> host.equals(a.country());
                case GUEST -> !host.equals(a.country());
            };
        }
    }

    private static final Map<String, Noun> NOUNS = TsvRows.bundledByKey(DescriptionNouns.class,
            "description-nouns.tsv", 5, DescriptionNouns::noun);

    private DescriptionNouns() {
    }

    /** The description noun {@code word} (any case) is, if it is one. */
    static Optional<Noun> of(String word) {
        return Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Noun noun(TsvRows.Row row) {
        Antecedent antecedent;
        try {
            antecedent = Antecedent.valueOf(row.cell(1).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown antecedent '" + row.cell(1) + "'");
        }
        List<String> values = row.list(2);
        if (values.isEmpty() != (antecedent == Antecedent.HOST || antecedent == Antecedent.GUEST)) {
            throw new IllegalArgumentException("host and guest take no values, the others some");
        }
        return new Noun(row.cell(0), antecedent, Set.copyOf(values), row.flag(3, "bare"), row.flag(4, "nearest"));
    }
}

package org.parley.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.data.TsvRows;
import org.parley.core.kb.OfficeTerm;

/**
 * The titles news puts before a name ("Secretary of State", "FM", "Party General Secretary"),
 * each with the normalised role it stands for, the office key of the knowledge base when there is
 * one, and the sector: the bundled {@code titles.tsv}, the one table from title words to office
 * (the dater reads the office from a mention's {@link Title}). Also normalises the knowledge base's own
 * titles the same way, so that a role read from the text and a role read from the knowledge base
 * compare equal.
 *
 * <p>Matching is on lower-cased token words with full stops removed ("P.M." = "pm"). Immutable and
 * thread-safe.
 */
final class Titles {

    /**
     * An entry of the table: what a title's words stand for.
     *
     * @param role    normalised role ("Foreign Minister" for "Minister of Foreign Affairs" and "FM")
     * @param office  the knowledge-base office key, or null when the title has none or is generic
     * @param sector  CAMEO-style sector
     * @param generic whether the title only says "minister"/"secretary": the knowledge base decides the role
     */
    record Entry(String role, String office, String sector, boolean generic) {
    }

    /** A title found in a sentence: tokens {@code [begin, end)}, its words as written. */
    record Match(int begin, int end, String words, Entry entry) {
    }

    /** A title as written: lower-case words separated by spaces. */
    private record Phrase(String words, Entry entry) {
    }

    /** Phrases, as lower-case words, to titles. Longest match wins. */
    private static final Map<String, Phrase> PHRASES = TsvRows.bundledByKey(Titles.class, "titles.tsv", 5,
            Titles::phrase);

    private static final int LONGEST = PHRASES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    // The roles under which the knowledge base's own titles are reported, where they differ from its title.
    private static final String FOREIGN_MINISTER = "Foreign Minister";
    private static final String EXTERNAL_AFFAIRS_MINISTER = "External Affairs Minister";
    private static final String PARTY_GENERAL_SECRETARY = "Party General Secretary";
    private static final String DEFENCE_MINISTER = "Defence Minister";

    private Titles() {
    }

    /** The lower-case matching form of a token: "P.M." is "pm", "Secretary" is "secretary". */
    static String word(String token) {
        return token.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** The longest title whose last token is {@code end - 1}. */
    static Optional<Match> endingAt(List<String> words, int end) {
        for (int len = Math.min(LONGEST, end); len >= 1; len--) {
            Phrase p = PHRASES.get(key(words, end - len, end));
            if (p != null) {
                List<String> written = words.subList(end - len, end);
                return Optional.of(new Match(end - len, end, String.join(" ", written), p.entry()));
            }
        }
        return Optional.empty();
    }

    /** The longest title starting at token {@code begin}. */
    static Optional<Match> startingAt(List<String> words, int begin) {
        for (int len = Math.min(LONGEST, words.size() - begin); len >= 1; len--) {
            Phrase p = PHRASES.get(key(words, begin, begin + len));
            if (p != null) {
                return Optional.of(new Match(begin, begin + len, String.join(" ", words.subList(begin, begin + len)),
                        p.entry()));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} (any case) can be part of a title: used to stop name scans. */
    static boolean isTitleWord(String word) {
        return PHRASES.containsKey(word(word));
    }

    /** Words {@code [begin, end)} in their matching form, space-separated: the key of {@link #PHRASES}. */
    private static String key(List<String> words, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = begin; k < end; k++) {
            if (k > begin) {
                b.append(' ');
            }
            b.append(word(words.get(k)));
        }
        return b.toString();
    }

    /** The role under which a knowledge-base term is reported, normalised like text titles. */
    static String roleOf(OfficeTerm term) {
        return switch (term.office()) {
            case OfficeTerm.FOREIGN_MINISTER -> switch (term.title()) {
                case "Secretary of State", "Foreign Secretary" -> term.title();
                case "Minister of External Affairs" -> EXTERNAL_AFFAIRS_MINISTER;
                default -> FOREIGN_MINISTER;
            };
            case OfficeTerm.PARTY_GENERAL_SECRETARY -> PARTY_GENERAL_SECRETARY;
            case OfficeTerm.DEFENCE_MINISTER ->
                    term.title().equals("Secretary of Defense") ? term.title() : DEFENCE_MINISTER;
            default -> term.title();
        };
    }

    private static Phrase phrase(TsvRows.Row row) {
        String office = row.cell(2).isEmpty() ? null : row.cell(2);
        if (office != null && !OfficeTerm.OFFICES.contains(office)) {
            throw new IllegalArgumentException("unknown office '" + office + "'");
        }
        return new Phrase(row.cell(0), new Entry(row.cell(1), office, row.cell(3), row.flag(4, "generic")));
    }
}

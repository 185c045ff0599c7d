package org.parley.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.kb.OfficeTerm;

/**
 * The titles news puts before a name ("Secretary of State", "FM", "Party General Secretary"),
 * each with the normalised role it stands for, the office key of the knowledge base when there is
 * one, and the sector. Also normalises the knowledge base's own titles the same way, so that a
 * role read from the text and a role read from the knowledge base compare equal.
 *
 * <p>Matching is on lower-cased token words with full stops removed ("P.M." = "pm"). Immutable and
 * thread-safe.
 */
final class Titles {

    /**
     * A title.
     *
     * @param role    normalised role ("Foreign Minister" for "Minister of Foreign Affairs" and "FM")
     * @param office  the knowledge-base office key, or null when the title has none or is generic
     * @param sector  CAMEO-style sector
     * @param generic whether the title only says "minister"/"secretary": the knowledge base decides the role
     */
    record Title(String role, String office, String sector, boolean generic) {
    }

    /** A title found in a sentence: tokens {@code [begin, end)}. */
    record Match(int begin, int end, Title title) {
    }

    private static final String FM = OfficeTerm.FOREIGN_MINISTER;
    private static final Title SECRETARY_OF_STATE = new Title("Secretary of State", FM, "GOV", false);
    private static final Title FOREIGN_MINISTER = new Title("Foreign Minister", FM, "GOV", false);
    private static final Title FOREIGN_SECRETARY = new Title("Foreign Secretary", FM, "GOV", false);
    private static final Title EXTERNAL_AFFAIRS = new Title("External Affairs Minister", FM, "GOV", false);
    private static final Title PRIME_MINISTER = new Title("Prime Minister", OfficeTerm.HEAD_OF_GOVERNMENT, "GOV", false);
    private static final Title CHANCELLOR = new Title("Chancellor", OfficeTerm.HEAD_OF_GOVERNMENT, "GOV", false);
    private static final Title PRESIDENT = new Title("President", OfficeTerm.HEAD_OF_STATE, "GOV", false);
    private static final Title PARTY_CHIEF = new Title("Party General Secretary", OfficeTerm.PARTY_GENERAL_SECRETARY,
            "PTY", false);
    private static final Title DEFENCE = new Title("Defence Minister", OfficeTerm.DEFENCE_MINISTER, "GOV", false);
    private static final Title SECRETARY_OF_DEFENSE = new Title("Secretary of Defense", OfficeTerm.DEFENCE_MINISTER,
            "GOV", false);
    private static final Title NSA = new Title("National Security Advisor", OfficeTerm.NATIONAL_SECURITY_ADVISOR,
            "GOV", false);

    /** Phrases, as lower-case words, to titles. Longest match wins. */
    private static final Map<String, Title> PHRASES = Map.ofEntries(
            Map.entry("secretary of state", SECRETARY_OF_STATE),
            Map.entry("deputy secretary of state", new Title("Deputy Secretary of State", null, "GOV", false)),
            Map.entry("foreign minister", FOREIGN_MINISTER),
            Map.entry("federal foreign minister", FOREIGN_MINISTER),
            Map.entry("minister of foreign affairs", FOREIGN_MINISTER),
            Map.entry("minister for foreign affairs", FOREIGN_MINISTER),
            Map.entry("foreign affairs minister", FOREIGN_MINISTER),
            Map.entry("minister for europe and foreign affairs", FOREIGN_MINISTER),
            Map.entry("fm", FOREIGN_MINISTER),
            Map.entry("top diplomat", FOREIGN_MINISTER),
            Map.entry("foreign secretary", FOREIGN_SECRETARY),
            Map.entry("external affairs minister", EXTERNAL_AFFAIRS),
            Map.entry("minister of external affairs", EXTERNAL_AFFAIRS),
            Map.entry("minister for external affairs", EXTERNAL_AFFAIRS),
            Map.entry("deputy foreign minister", new Title("Deputy Foreign Minister", null, "GOV", false)),
            Map.entry("deputy minister of foreign affairs", new Title("Deputy Foreign Minister", null, "GOV", false)),
            Map.entry("prime minister", PRIME_MINISTER),
            Map.entry("pm", PRIME_MINISTER),
            Map.entry("premier", PRIME_MINISTER),
            Map.entry("chancellor", CHANCELLOR),
            Map.entry("deputy prime minister", new Title("Deputy Prime Minister", null, "GOV", false)),
            Map.entry("president", PRESIDENT),
            Map.entry("state president", PRESIDENT),
            Map.entry("vice president", new Title("Vice President", null, "GOV", false)),
            Map.entry("general secretary", PARTY_CHIEF),
            Map.entry("party general secretary", PARTY_CHIEF),
            Map.entry("party secretary general", PARTY_CHIEF),
            Map.entry("party chief", PARTY_CHIEF),
            Map.entry("party leader", PARTY_CHIEF),
            Map.entry("general secretary of the communist party of vietnam", PARTY_CHIEF),
            Map.entry("general secretary of the cpv central committee", PARTY_CHIEF),
            Map.entry("general secretary of the communist party of china", PARTY_CHIEF),
            Map.entry("general secretary of the communist party of china central committee", PARTY_CHIEF),
            Map.entry("secretary of defense", SECRETARY_OF_DEFENSE),
            Map.entry("defense secretary", SECRETARY_OF_DEFENSE),
            Map.entry("defence minister", DEFENCE),
            Map.entry("defense minister", DEFENCE),
            Map.entry("minister of national defence", DEFENCE),
            Map.entry("minister of national defense", DEFENCE),
            Map.entry("minister of defence", DEFENCE),
            Map.entry("minister of defense", DEFENCE),
            Map.entry("national security advisor", NSA),
            Map.entry("national security adviser", NSA),
            Map.entry("ambassador", new Title("Ambassador", null, "GOV", false)),
            Map.entry("spokesperson", new Title("Spokesperson", null, "GOV", false)),
            Map.entry("spokesman", new Title("Spokesperson", null, "GOV", false)),
            Map.entry("spokeswoman", new Title("Spokesperson", null, "GOV", false)),
            Map.entry("king", new Title("King", OfficeTerm.HEAD_OF_STATE, "GOV", false)),
            Map.entry("queen", new Title("Queen", OfficeTerm.HEAD_OF_STATE, "GOV", false)),
            Map.entry("emperor", new Title("Emperor", OfficeTerm.HEAD_OF_STATE, "GOV", false)),
            Map.entry("sultan", new Title("Sultan", OfficeTerm.HEAD_OF_STATE, "GOV", false)),
            Map.entry("senator", new Title("Senator", null, "LEG", false)),
            Map.entry("general", new Title("General", null, "MIL", false)),
            Map.entry("admiral", new Title("Admiral", null, "MIL", false)),
            Map.entry("professor", new Title("Professor", null, "EDU", false)),
            Map.entry("ceo", new Title("CEO", null, "BUS", false)),
            Map.entry("minister", new Title("Minister", null, "GOV", true)),
            Map.entry("secretary", new Title("Secretary", null, "GOV", true)));

    private static final int LONGEST = PHRASES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    private Titles() {
    }

    /** The lower-case matching form of a token: "P.M." is "pm", "Secretary" is "secretary". */
    static String word(String token) {
        return token.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** The longest title whose last token is {@code end - 1}. */
    static Optional<Match> endingAt(List<String> words, int end) {
        for (int len = Math.min(LONGEST, end); len >= 1; len--) {
            Title t = PHRASES.get(String.join(" ", lower(words.subList(end - len, end))));
            if (t != null) {
                return Optional.of(new Match(end - len, end, t));
            }
        }
        return Optional.empty();
    }

    /** The longest title starting at token {@code begin}. */
    static Optional<Match> startingAt(List<String> words, int begin) {
        for (int len = Math.min(LONGEST, words.size() - begin); len >= 1; len--) {
            Title t = PHRASES.get(String.join(" ", lower(words.subList(begin, begin + len))));
            if (t != null) {
                return Optional.of(new Match(begin, begin + len, t));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} (any case) can be part of a title: used to stop name scans. */
    static boolean isTitleWord(String word) {
        return PHRASES.containsKey(word(word));
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(word(w));
        }
        return out;
    }

    /** The role under which a knowledge-base term is reported, normalised like text titles. */
    static String roleOf(OfficeTerm term) {
        return switch (term.office()) {
            case OfficeTerm.FOREIGN_MINISTER -> switch (term.title()) {
                case "Secretary of State", "Foreign Secretary" -> term.title();
                case "Minister of External Affairs" -> EXTERNAL_AFFAIRS.role();
                default -> FOREIGN_MINISTER.role();
            };
            case OfficeTerm.PARTY_GENERAL_SECRETARY -> PARTY_CHIEF.role();
            case OfficeTerm.DEFENCE_MINISTER ->
                    term.title().equals("Secretary of Defense") ? term.title() : DEFENCE.role();
            default -> term.title();
        };
    }

    /** The title a normalised role came from, if the role is one of the lexicon's. */
    static Optional<Title> ofRole(String role) {
        if (role == null) {
            return Optional.empty();
        }
        return PHRASES.values().stream().filter(t -> t.role().equals(role)).findFirst();
    }
}

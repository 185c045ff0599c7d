package org.parley.core.extract.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assigns controlled topic keys to a piece of text by keywords: trade, investment, technology,
 * education, climate_energy, health, security_defence, maritime, war_legacies, human_rights,
 * people_to_people, multilateral, infrastructure. Matching is case-insensitive on whole words, with
 * an optional plural ("semiconductor" matches "semiconductors"); a keyword ending in {@code *} is a
 * word start ("cultur*" matches "cultural"), so "coal" does not match "coalition". Stateless and
 * thread-safe.
 */
public final class TopicKeywords {

    /** The topic keys, in the order {@link #of} reports them. */
    public static final List<String> KEYS;

    private static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        add("trade", "trade", "export*", "import*", "tariff", "market economy", "supply chain", "commerc*");
        add("investment", "invest*", "financ*", "capital", "fdi");
        add("technology", "technolog*", "semiconductor", "chip", "digital*", "cyber", "ict", "innovation", "stem",
                "science", "artificial intelligence", "telecommunication*", "critical mineral", "rare earth");
        add("education", "educat*", "universit*", "scholarship", "training", "student", "school", "fulbright",
                "skill", "workforce", "vocational", "english language");
        add("climate_energy", "climate", "energy", "green", "emission", "renewable", "solar", "wind power", "mangrove",
                "environment*", "just energy transition", "coal", "lng", "carbon", "clean-energy", "amazon fund");
        add("health", "health", "hospital", "disease", "vaccine", "pandemic", "medical", "stroke", "genome");
        add("security_defence", "security", "defence", "defense", "military", "law enforcement", "drug", "weapon",
                "nonproliferation", "counter-terror*", "peacekeeping");
        add("maritime", "maritime", "south china sea", "east sea", "navy", "naval", "coast guard", "fisheries",
                "port security", "sea lanes");
        add("war_legacies", "war legac*", "dioxin", "agent orange", "unexploded", "uxo", "missing in action",
                "missing servicemen", "remains of");
        add("human_rights", "human rights", "religious freedom", "labor rights", "labour rights", "rule of law");
        add("people_to_people", "people-to-people", "people to people", "cultur*", "museum", "heritage", "exchange",
                "tourism", "diaspora");
        add("multilateral", "asean", "united nations", "g20", "g7", "group of seven", "apec", "wto", "multilateral",
                "mercosur", "european union", "quad");
        add("infrastructure", "infrastructure", "railway", "road", "bridge", "airport", "highway", "connectivity",
                "metro", "high-speed rail", "transport");
        KEYS = List.copyOf(TOPICS.keySet());
    }

    private TopicKeywords() {
    }

    private static void add(String key, String... words) {
        StringBuilder alternation = new StringBuilder();
        for (String w : words) {
            String word = w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1))
                    : Pattern.quote(w) + "(?:s|es)?(?![\\p{L}\\p{N}])";
            alternation.append(alternation.isEmpty() ? "" : "|").append(word);
        }
        TOPICS.put(key, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")", Pattern.CASE_INSENSITIVE));
    }

    /** The topic keys whose keywords occur in {@code text}, in {@link #KEYS} order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        TOPICS.forEach((key, pattern) -> {
            if (pattern.matcher(text).find()) {
                out.add(key);
            }
        });
        return List.copyOf(out);
    }
}

package org.parley.eval.plover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.eval.CountryMentions;

/**
 * The baseline Parley's PLOVER coding must beat: a keyword list decides the event type and
 * country-name matching finds the actors.
 *
 * <p>The event type is that of the keyword occurring earliest in the sentence (on a tie, the
 * earlier entry of the list). Countries named before that keyword are the sources, those after
 * it the targets. At most one event per sentence; none when no keyword occurs.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordBaselineCoder implements SentenceCoder {

    /** Keyword stems (regular expressions, matched case-insensitively at a word start) → PLOVER type. */
    private static final List<Map.Entry<String, String>> KEYWORDS = List.of(
            Map.entry("sanction|embargo|expel|cut (?:off )?ties|sever(?:ed|s)? (?:diplomatic )?(?:ties|relations)|suspend", "SANCTION"),
            Map.entry("threat|warn|ultimatum", "THREATEN"),
            Map.entry("accus|criticiz|criticis|condemn|denounc|blam|complain|deplor", "DISAPPROVE"),
            Map.entry("reject|refus|den(?:y|ied|ies)\\b|veto|dismiss|rebuff|boycott", "REJECT"),
            Map.entry("demand|urg(?:e|ed|es|ing)\\b|call(?:ed|s)? (?:on|for)|appeal|request|insist|ask(?:ed|s)?\\b", "DEMAND"),
            Map.entry("protest|demonstrat|rall(?:y|ied|ies)|marched|riot|strik(?:e|ers)\\b", "PROTEST"),
            Map.entry("agree|agreement|accord|pact|treaty|deal\\b|sign(?:ed|s)?\\b|ceasefire|cease-fire|truce", "AGREE"),
            Map.entry("talks\\b|meet|met\\b|visit|discuss|negotiat|summit|host(?:ed|s)?\\b|consult", "CONSULT"),
            Map.entry("support|praise|endors|welcom|back(?:ed|s)\\b|commend|hail", "SUPPORT"),
            Map.entry("cooperat|co-operat|collaborat|joint\\b|partnership", "COOPERATE"),
            Map.entry("aid\\b|assistance|donat|relief|humanitarian|food\\b|loan", "AID"),
            Map.entry("concede|concession|releas|freed|lift(?:ed|s)?\\b|eas(?:e|ed|es)\\b|apologi|pardon|amnesty", "CONCEDE"),
            Map.entry("withdr[ae]w|pull(?:ed|s)? (?:out|back)|retreat|evacuat|disarm", "RETREAT"),
            Map.entry("mobiliz|mobilis|deploy|mass(?:ed|ing) troops|alert", "MOBILIZE"),
            Map.entry("arrest|detain|seiz|ban(?:s|ned)?\\b|curfew|deport|impos|raid|confiscat|jail|imprison", "COERCE"),
            Map.entry("clash|fight|battl|shell|bombard|air ?strike|offensive|invad|invasion|fired on|exchange of fire", "FIGHT"),
            Map.entry("attack|bomb|kill|shot|shoot|assassin|massacre|explo|kidnap|abduct|wound|murder", "ASSAULT"),
            Map.entry("investigat|inquiry|probe|inspect", "INVESTIGATE"));

    private static final List<Map.Entry<Pattern, String>> PATTERNS = KEYWORDS.stream()
            .map(e -> Map.entry(Pattern.compile("\\b(?:" + e.getKey() + ")", Pattern.CASE_INSENSITIVE), e.getValue()))
            .toList();

    private final CountryMentions countries;

    public KeywordBaselineCoder(CountryMentions countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public List<CodedEvent> code(String sentence) {
        int best = Integer.MAX_VALUE;
        String type = null;
        for (Map.Entry<Pattern, String> entry : PATTERNS) {
            Matcher m = entry.getKey().matcher(sentence);
            if (m.find() && m.start() < best) {
                best = m.start();
                type = entry.getValue();
            }
        }
        if (type == null) {
            return List.of();
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        for (CountryMentions.Mention mention : countries.find(sentence)) {
            (mention.end() <= best ? sources : targets).add(mention.alpha3());
        }
        targets.removeAll(sources);
        return List.of(new CodedEvent(type, new ArrayList<>(sources), new ArrayList<>(targets)));
    }
}

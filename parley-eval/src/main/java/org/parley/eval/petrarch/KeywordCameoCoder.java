package org.parley.eval.petrarch;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO baseline: the keyword occurring earliest in the sentence gives one CAMEO code (CAMEO
 * 1.1b3 meanings); no keyword, no event. It knows nothing about actors.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordCameoCoder implements CameoCoder {

    /** Keyword stems (regular expressions, matched case-insensitively at a word start) → CAMEO code. */
    private static final List<Map.Entry<String, String>> KEYWORDS = List.of(
            Map.entry("sanction|embargo", "163"),
            Map.entry("cut (?:off )?ties|sever|break(?:s)? off|suspend|boycott", "160"),
            Map.entry("threat|warn|ultimatum", "130"),
            Map.entry("accus", "112"),
            Map.entry("criticiz|criticis|denounc|condemn|deplor|assail|blast", "111"),
            Map.entry("reject|refus|den(?:y|ied|ies)\\b|veto|rebuff", "120"),
            Map.entry("demand", "100"),
            Map.entry("appeal|urg(?:e|ed|es|ing)\\b|call(?:ed|s)? (?:on|for)|ask(?:ed|s)?\\b", "020"),
            Map.entry("protest|demonstrat|rall(?:y|ied)\\b|riot", "140"),
            Map.entry("sign(?:ed|s)?\\b|agreement|accord\\b|treaty|pact", "057"),
            Map.entry("agree", "030"),
            Map.entry("pledg|promis|offer", "030"),
            Map.entry("negotiat|bargain", "046"),
            Map.entry("mediat", "045"),
            Map.entry("visit", "042"),
            Map.entry("host(?:ed|s)?\\b|receiv", "043"),
            Map.entry("talks\\b|meet|met\\b|consult|confer|discuss", "040"),
            Map.entry("telephon|phone", "041"),
            Map.entry("praise|hail|commend|congratulat|welcom", "051"),
            Map.entry("apologi", "055"),
            Map.entry("(?:restore|establish|resume)\\w* (?:full )?(?:diplomatic )?(?:ties|relations)|recogni", "054"),
            Map.entry("support|back(?:ed|s)\\b|endors", "050"),
            Map.entry("cooperat|co-operat", "060"),
            Map.entry("aid\\b|assistance|donat|relief", "070"),
            Map.entry("releas|freed", "084"),
            Map.entry("withdr[ae]w|pull(?:ed|s)? (?:out|back)|retreat", "087"),
            Map.entry("investigat|inquiry|probe", "090"),
            Map.entry("mobiliz|mobilis|deploy|alert", "150"),
            Map.entry("arrest|detain|jail|imprison", "173"),
            Map.entry("expel|deport", "174"),
            Map.entry("kidnap|abduct|hostage", "181"),
            Map.entry("bomb|explo", "183"),
            Map.entry("assassin", "186"),
            Map.entry("massacre", "202"),
            Map.entry("invad|invasion|occup", "192"),
            Map.entry("attack|clash|fight|battl|shell|fired on|air ?strike|kill|shot|shoot", "190"));

    private static final List<Map.Entry<Pattern, String>> PATTERNS = KEYWORDS.stream()
            .map(e -> Map.entry(Pattern.compile("\\b(?:" + e.getKey() + ")", Pattern.CASE_INSENSITIVE), e.getValue()))
            .toList();

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public List<String> cameoCodes(String sentence) {
        int best = Integer.MAX_VALUE;
        String code = null;
        for (Map.Entry<Pattern, String> entry : PATTERNS) {
            Matcher m = entry.getKey().matcher(sentence);
            if (m.find() && m.start() < best) {
                best = m.start();
                code = entry.getValue();
            }
        }
        return code == null ? List.of() : List.of(code);
    }
}

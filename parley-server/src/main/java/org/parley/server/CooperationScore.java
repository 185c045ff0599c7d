package org.parley.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.model.Event;

/**
 * How cooperative (positive) or conflictual (negative) an event is, on a scale from -10 to +10 in
 * the spirit of the Goldstein scale.
 *
 * <p>An event with a CAMEO code weighs what the CAMEO Goldstein table (as used by GDELT) gives the
 * code's root ({@code 04} consult = +1.0, {@code 07} provide aid = +7.0, {@code 18} assault =
 * -9.0, ...); an event without one weighs what its PLOVER type's nearest CAMEO root weighs;
 * anything else weighs 0. Stateless and thread-safe.
 */
public final class CooperationScore {

    /** Weight of each CAMEO root code (the Goldstein value of the root's "not specified" code). */
    public static final Map<String, Double> CAMEO_ROOTS = ordered(
            "01", 0.0, "02", 3.0, "03", 4.0, "04", 1.0, "05", 3.5, "06", 6.0, "07", 7.0, "08", 5.0, "09", -2.0,
            "10", -5.0, "11", -2.0, "12", -4.0, "13", -4.4, "14", -6.5, "15", -7.2, "16", -4.0, "17", -5.0,
            "18", -9.0, "19", -10.0, "20", -10.0);

    /** Weight of each PLOVER type: the weight of its nearest CAMEO root (in brackets in docs/api.md). */
    public static final Map<String, Double> PLOVER_TYPES = ordered(
            "AGREE", 3.5, "CONSULT", 1.0, "SUPPORT", 3.5, "CONCEDE", 5.0, "COOPERATE", 6.0, "AID", 7.0,
            "RETREAT", 5.0, "REQUEST", 3.0, "ACCUSE", -2.0, "REJECT", -4.0, "THREATEN", -4.4, "PROTEST", -6.5,
            "SANCTION", -4.0, "MOBILIZE", -7.2, "COERCE", -5.0, "ASSAULT", -9.0);

    private CooperationScore() {
    }

    /** The weight of one event, -10..+10. */
    public static double weight(Event e) {
        if (e.cameo() != null && e.cameo().length() >= 2) {
            Double w = CAMEO_ROOTS.get(e.cameo().substring(0, 2));
            if (w != null) {
                return w;
            }
        }
        return PLOVER_TYPES.getOrDefault(e.type(), 0.0);
    }

    private static Map<String, Double> ordered(Object... keysAndValues) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], (Double) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}

package org.parley.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.model.Event;

/**
 * How cooperative (positive) or conflictual (negative) an event is, on a scale from -10 to +10 in
 * the spirit of the Goldstein scale.
 *
 * <p>An event weighs what its PLOVER type weighs ({@link #PLOVER_TYPES}): the Goldstein value the
 * CAMEO table (as used by GDELT) gives the CAMEO root(s) the type covers, the mean when it covers
 * several (REQUEST covers 02 appeal, +3.0, and 10 demand, -5.0: -1.0). An event of another type
 * weighs what its CAMEO code's root weighs ({@link #CAMEO_ROOTS}), else 0. Stateless and thread-safe.
 *
 * <p>Design decision: the type decides, not the CAMEO code, because Parley's CAMEO codes are the
 * nearest code of each trigger word (every request is coded 100, "demand"), so weighing the code
 * would score every "asked companies to invest" as a demand.
 */
public final class CooperationScore {

    /** Weight of each CAMEO root code (the Goldstein value of the root's "not specified" code). */
    public static final Map<String, Double> CAMEO_ROOTS = ordered(
            "01", 0.0, "02", 3.0, "03", 4.0, "04", 1.0, "05", 3.5, "06", 6.0, "07", 7.0, "08", 5.0, "09", -2.0,
            "10", -5.0, "11", -2.0, "12", -4.0, "13", -4.4, "14", -6.5, "15", -7.2, "16", -4.0, "17", -5.0,
            "18", -9.0, "19", -10.0, "20", -10.0);

    /** Weight of each PLOVER type: the mean weight of the CAMEO roots it covers (listed in docs/api.md). */
    public static final Map<String, Double> PLOVER_TYPES = ordered(
            "AGREE", 4.0, "CONSULT", 1.0, "SUPPORT", 3.5, "COOPERATE", 6.0, "AID", 7.0, "CONCEDE", 5.0,
            "RETREAT", 5.0, "REQUEST", -1.0, "ACCUSE", -2.0, "REJECT", -4.0, "THREATEN", -4.4, "SANCTION", -4.0,
            "PROTEST", -6.5, "COERCE", -5.0, "MOBILIZE", -7.2, "ASSAULT", -9.67);

    private CooperationScore() {
    }

    /** The weight of one event, -10..+10. */
    public static double weight(Event e) {
        Double byType = PLOVER_TYPES.get(e.type());
        if (byType != null) {
            return byType;
        }
        if (e.cameo() != null && e.cameo().length() >= 2) {
            return CAMEO_ROOTS.getOrDefault(e.cameo().substring(0, 2), 0.0);
        }
        return 0.0;
    }

    private static Map<String, Double> ordered(Object... keysAndValues) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], (Double) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}

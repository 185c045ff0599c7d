package org.parley.server;

import java.util.Map;
import org.parley.core.data.TsvRows;
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

    static final String CAMEO_FILE = "cameo-root-weights.tsv";
    static final String PLOVER_FILE = "plover-type-weights.tsv";

    /** Weight of each CAMEO root code: the Goldstein value of its "not specified" code ({@value #CAMEO_FILE}). */
    public static final Map<String, Double> CAMEO_ROOTS = weights(CAMEO_FILE);

    /** Weight of each PLOVER type: the mean weight of the CAMEO roots it covers ({@value #PLOVER_FILE}). */
    public static final Map<String, Double> PLOVER_TYPES = weights(PLOVER_FILE);

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

    /** A table of weights: code or type, weight, then what it stands for; in file order. */
    private static Map<String, Double> weights(String file) {
        return TsvRows.bundledByKey(CooperationScore.class, file, 3, row -> row.number(1, "weight"));
    }
}

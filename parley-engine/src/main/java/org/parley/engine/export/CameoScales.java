package org.parley.engine.export;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.parley.core.data.TsvRows;

/**
 * What GDELT derives from a CAMEO event code: its Goldstein scale value ({@code cameo-goldstein.tsv},
 * GDELT's lookup in compact form: the longest listed prefix of a code gives its value) and its
 * QuadClass ({@code cameo-quad-classes.tsv}, by root code). Immutable and thread-safe.
 */
public final class CameoScales {

    private static final class Bundled {
        static final CameoScales INSTANCE = new CameoScales(
                TsvRows.bundledByKey(CameoScales.class, "cameo-goldstein.tsv", 2, row -> row.number(1, "goldstein")),
                TsvRows.bundledByKey(CameoScales.class, "cameo-quad-classes.tsv", 3,
                        row -> (int) row.whole(1, "quad_class")));
    }

    private final Map<String, Double> goldstein;
    private final Map<String, Integer> quadClass;

    private CameoScales(Map<String, Double> goldstein, Map<String, Integer> quadClass) {
        this.goldstein = Map.copyOf(goldstein);
        this.quadClass = Map.copyOf(quadClass);
    }

    /** The bundled tables. */
    public static CameoScales bundled() {
        return Bundled.INSTANCE;
    }

    /** The Goldstein value (−10 to 10) of a CAMEO code of 2 to 4 digits; empty for null or an unknown code. */
    public OptionalDouble goldstein(String cameo) {
        if (!isCode(cameo)) {
            return OptionalDouble.empty();
        }
        for (int length = cameo.length(); length >= 2; length--) {
            Double value = goldstein.get(cameo.substring(0, length));
            if (value != null) {
                return OptionalDouble.of(value);
            }
        }
        return OptionalDouble.empty();
    }

    /** The QuadClass (1 to 4) of a CAMEO code's root; empty for null or an unknown root. */
    public OptionalInt quadClass(String cameo) {
        if (!isCode(cameo)) {
            return OptionalInt.empty();
        }
        Integer value = quadClass.get(cameo.substring(0, 2));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static boolean isCode(String cameo) {
        return cameo != null && cameo.matches("[0-9]{2,4}");
    }
}

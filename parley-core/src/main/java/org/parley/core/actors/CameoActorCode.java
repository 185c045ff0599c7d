package org.parley.core.actors;

import java.util.Map;
import org.parley.core.data.TsvRows;
import org.parley.core.places.Countries;

/**
 * A CAMEO actor code ({@code FRAGOV}, {@code AFGREB}, {@code IGOUNO}, {@code MEAREB}) read in
 * Parley's terms: the country is the first three letters when they are an ISO alpha-3 code Parley
 * knows (a region such as {@code MEA} or an international code gives none); the sector is the first
 * three-letter part {@code cameo-sectors.tsv} names, mapped to the sector Parley uses.
 *
 * @param code    the whole code, kept as the dictionary wrote it
 * @param country ISO alpha-3, or null
 * @param sector  Parley's sector, or null
 */
record CameoActorCode(String code, String country, String sector) {

    private static final Map<String, String> SECTORS = TsvRows.bundledByKey(CameoActorCode.class,
            "cameo-sectors.tsv", 2, row -> row.cell(1));

    /** Reads {@code code} (upper case, a multiple of three letters). */
    static CameoActorCode read(String code, Countries countries) {
        String country = null;
        int from = 0;
        if (code.length() >= 3) {
            String first = code.substring(0, 3);
            if (countries.byCode(first).filter(c -> c.alpha3().equals(first)).isPresent()) {
                country = first;
                from = 3;
            } else if (!SECTORS.containsKey(first)) {
                from = 3; // a region (MEA, AFR): no country, the roles follow
            }
        }
        String sector = null;
        for (int k = from; k + 3 <= code.length() && sector == null; k += 3) {
            sector = SECTORS.get(code.substring(k, k + 3));
        }
        return new CameoActorCode(code, country, sector);
    }

    /** Only a country: a place, not an actor of its own. */
    boolean placeOnly() {
        return country != null && code.length() == 3;
    }
}

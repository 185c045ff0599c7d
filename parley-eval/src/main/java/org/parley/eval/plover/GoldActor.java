package org.parley.eval.plover;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.places.Countries;

/**
 * A source or target actor of a PLOVER gold record.
 *
 * @param actorText the words of the sentence naming it ({@code Hungarian})
 * @param code      its CAMEO-style code: a country ({@code HUN}), a country plus sector ({@code HUNGOV})
 *                  or a non-state code ({@code IGO}, {@code NGO})
 * @param sector    the sector when given separately ({@code GOV}); may be empty
 */
public record GoldActor(String actorText, String code, String sector) {
    public GoldActor {
        actorText = Objects.requireNonNullElse(actorText, "");
        code = Objects.requireNonNullElse(code, "").strip().toUpperCase(Locale.ROOT);
        sector = Objects.requireNonNullElse(sector, "");
    }

    /**
     * The ISO alpha-3 country of this actor: the first three letters of the code when they are an
     * ISO 3166-1 alpha-3 code; empty for IGO, NGO and for CAMEO-only codes that are not ISO codes.
     */
    public Optional<String> country(Countries countries) {
        if (code.length() < 3) {
            return Optional.empty();
        }
        String prefix = code.substring(0, 3);
        return countries.byCode(prefix).map(c -> c.alpha3()).filter(prefix::equals);
    }
}

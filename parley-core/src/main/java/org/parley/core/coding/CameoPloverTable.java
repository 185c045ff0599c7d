package org.parley.core.coding;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * The PLOVER type and mode of a CAMEO event code, from the CAMEO2PLOVER-2021 table bundled as
 * {@code cameo-plover.tsv} (columns cameo, type, mode, context; {@code -} for none). A code the
 * table lacks is read through its three-digit parent, then its two-digit root (the root's row is
 * its default); codes of roots the table does not map (01 statements, 02 appeals) have no type.
 * Where the table gives a code twice (a root shared by two types), the first row counts.
 *
 * <p>Immutable; thread-safe. {@link #bundled()} reads the resource once.
 */
public final class CameoPloverTable {

    static final String RESOURCE = "cameo-plover.tsv";

    private static final Pattern CAMEO_CODE = Pattern.compile("[0-9]{2,4}");

    /**
     * What a CAMEO code is in PLOVER.
     *
     * @param cameo the row's code (the code asked for, or the parent or root it was read through)
     * @param type  the PLOVER 2021 type, upper case
     * @param mode  the PLOVER mode, or null
     */
    public record PloverCode(String cameo, String type, String mode) {
        public PloverCode {
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(type, "type");
        }
    }

    private final Map<String, PloverCode> byCode = new HashMap<>();

    private CameoPloverTable(List<PloverCode> rows) {
        rows.forEach(r -> byCode.putIfAbsent(r.cameo(), r));
    }

    private static final class Bundled {
        static final CameoPloverTable INSTANCE = new CameoPloverTable(
                TsvRows.bundled(CameoPloverTable.class, RESOURCE, 4, CameoPloverTable::row));
    }

    /** The bundled CAMEO2PLOVER-2021 table. */
    public static CameoPloverTable bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads a table in the {@code cameo-plover.tsv} layout; {@code source} names it in errors. */
    public static CameoPloverTable read(Reader reader, String source) {
        return new CameoPloverTable(TsvRows.parse(reader, source, 4, CameoPloverTable::row));
    }

    private static PloverCode row(TsvRows.Row row) {
        String cameo = row.cell(0).strip();
        if (!isCameoCode(cameo)) {
            throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: '" + cameo + "'");
        }
        String mode = row.cell(2).strip();
        return new PloverCode(cameo, row.cell(1).strip(), mode.isEmpty() || mode.equals("-") ? null : mode);
    }

    /** Whether {@code code} has the form of a CAMEO event code: 2 to 4 digits (one compiled pattern: events check it per draft). */
    public static boolean isCameoCode(String code) {
        return CAMEO_CODE.matcher(code).matches();
    }

    /** The PLOVER reading of {@code cameo}: its own row, else its parent's, else its root's; empty when none. */
    public Optional<PloverCode> of(String cameo) {
        if (cameo == null || !isCameoCode(cameo)) {
            return Optional.empty();
        }
        for (int length = cameo.length(); length >= 2; length--) {
            PloverCode found = byCode.get(cameo.substring(0, length));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}

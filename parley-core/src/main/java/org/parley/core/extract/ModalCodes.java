package org.parley.core.extract;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.core.coding.CameoPloverTable;
import org.parley.core.data.DataFileException;
import org.parley.core.data.TsvRows;
import org.parley.core.extract.EventDraft.Coding;

/**
 * How an act the text does not report as done is coded ({@code modal-codes.tsv}): by the way it
 * is not done (its {@link Modality}) and its PLOVER type, the PLOVER type and CAMEO code of the
 * event it is instead. A row for type {@code *} holds for every type without a row of its own.
 * Immutable and thread-safe.
 */
final class ModalCodes {

    static final String RESOURCE = "modal-codes.tsv";
    /** The type of a row that holds for every type. */
    static final String ANY_TYPE = "*";

    /** Ways an act is reported as not (yet) done. */
    enum Modality {
        /** Wished for, planned or invited ("hopes to visit", "the planned talks"). */
        INTENDED,
        /** Promised ("will withdraw", "is willing to release"). */
        PROMISED,
        /** An act of force or pressure announced ("would blockade Paris", "plans to impose"). */
        ANNOUNCED,
        /** An announced act made conditional on the other side ("will withdraw ... unless"). */
        CONDITIONAL,
        /** Refused ("would not meet the demands"). */
        REFUSED,
        /** Said to be another side's duty ("said that Iraq must withdraw"). */
        OBLIGED
    }

    private record Row(Modality modality, String type, Coding coding) {
    }

    private final Map<String, Coding> byKey;

    private ModalCodes(List<Row> rows) {
        Map<String, Coding> index = new HashMap<>();
        rows.forEach(r -> index.put(key(r.modality(), r.type()), r.coding()));
        this.byKey = Map.copyOf(index);
    }

    static ModalCodes bundled() {
        return new ModalCodes(TsvRows.bundled(ModalCodes.class, RESOURCE, 4, ModalCodes::row));
    }

    /**
     * The table in {@code reader}.
     *
     * @throws DataFileException naming {@code source} and the line of every malformed row
     */
    static ModalCodes read(Reader reader, String source) {
        return new ModalCodes(TsvRows.parse(reader, source, 4, ModalCodes::row));
    }

    private static Row row(TsvRows.Row row) {
        Modality modality;
        try {
            modality = Modality.valueOf(row.cell(0).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown modality '" + row.cell(0).strip() + "'");
        }
        String type = row.cell(1).strip();
        if (!type.equals(ANY_TYPE) && !TriggerRule.PLOVER_TYPES.contains(type)) {
            throw new IllegalArgumentException("'" + type + "' is not a PLOVER type or " + ANY_TYPE);
        }
        String coded = row.cell(2).strip();
        String cameo = row.cell(3).strip();
        if (!TriggerRule.PLOVER_TYPES.contains(coded)) {
            throw new IllegalArgumentException("'" + coded + "' is not a PLOVER type");
        }
        if (!CameoPloverTable.isCameoCode(cameo)) {
            throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + cameo);
        }
        return new Row(modality, type, new Coding(coded, null, cameo));
    }

    /** How an act of {@code type} is coded when it is {@code modality}, if the table says. */
    Optional<Coding> of(Modality modality, String type) {
        Coding own = byKey.get(key(modality, type));
        return Optional.ofNullable(own != null ? own : byKey.get(key(modality, ANY_TYPE)));
    }

    private static String key(Modality modality, String type) {
        return modality + "|" + type;
    }
}

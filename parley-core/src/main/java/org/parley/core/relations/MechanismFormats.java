package org.parley.core.relations;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * The recurring formats of {@code mechanisms.tsv} (a Foreign Ministers' Dialogue, a 2+2 dialogue, an
 * annual summit), each with the pattern a sentence names it by. Immutable and thread-safe.
 */
final class MechanismFormats {

    /** One format: its key, its name for readers, who meets, and how text names it. */
    record Format(String key, String name, String level, Pattern pattern) {
    }

    private final List<Format> formats;

    MechanismFormats(List<Format> formats) {
        this.formats = List.copyOf(formats);
    }

    static MechanismFormats bundled() {
        return new MechanismFormats(TsvRows.bundled(MechanismFormats.class, "mechanisms.tsv", 4, row -> new Format(
                row.cell(0), row.cell(1), row.cell(2), Pattern.compile(row.cell(3), Pattern.CASE_INSENSITIVE))));
    }

    List<Format> all() {
        return formats;
    }
}

package org.parley.core.relations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.data.TsvRows;

/**
 * The kinds of milestones of {@code milestones.tsv} (relations normalized, embargo lifted, diplomatic
 * relations established), each with the phrase reports name it by. Immutable and thread-safe.
 */
final class MilestoneKinds {

    /** One kind: its key, its name for readers, and the phrase that names it. */
    record Kind(String key, String name, Pattern phrase) {
    }

    private final List<Kind> kinds;

    MilestoneKinds(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    static MilestoneKinds bundled() {
        return new MilestoneKinds(TsvRows.bundled(MilestoneKinds.class, "milestones.tsv", 3, row -> new Kind(
                row.cell(0), row.cell(1), Pattern.compile(row.cell(2), Pattern.CASE_INSENSITIVE))));
    }

    List<Kind> all() {
        return kinds;
    }

    /** The name of the kind {@code key}, or the key itself when the table does not know it. */
    String name(String key) {
        return byKey(key).map(Kind::name).orElse(key);
    }

    Optional<Kind> byKey(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}

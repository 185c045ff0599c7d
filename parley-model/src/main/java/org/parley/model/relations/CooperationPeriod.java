package org.parley.model.relations;

import java.util.List;
import java.util.Objects;

/**
 * One year ({@code 2023}) or quarter ({@code 2023-Q3}) of a pair's consolidated events, by PLOVER quad
 * class: the ids of the events of each class, so every count can be traced to its records.
 */
public record CooperationPeriod(String period, List<String> verbalCooperation, List<String> materialCooperation,
                                List<String> verbalConflict, List<String> materialConflict) {
    public CooperationPeriod {
        Objects.requireNonNull(period, "period");
        verbalCooperation = List.copyOf(verbalCooperation);
        materialCooperation = List.copyOf(materialCooperation);
        verbalConflict = List.copyOf(verbalConflict);
        materialConflict = List.copyOf(materialConflict);
    }

    public int cooperation() {
        return verbalCooperation.size() + materialCooperation.size();
    }

    public int conflict() {
        return verbalConflict.size() + materialConflict.size();
    }

    public int total() {
        return cooperation() + conflict();
    }

    /** (cooperation − conflict) / total, from −1 (all conflict) to +1 (all cooperation); 0 without events. */
    public double netCooperation() {
        return total() == 0 ? 0 : (double) (cooperation() - conflict()) / total();
    }
}

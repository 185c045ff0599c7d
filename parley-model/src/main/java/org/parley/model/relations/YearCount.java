package org.parley.model.relations;

import java.util.Objects;

/** How many events of one PLOVER type the pair had in one year. */
public record YearCount(int year, String type, int events) {
    public YearCount {
        Objects.requireNonNull(type, "type");
    }
}

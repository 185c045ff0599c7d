package org.parley.model.relations;

import java.util.List;

/**
 * A pair's cooperation over time: one {@link CooperationPeriod} per year with events, and per quarter
 * when enough events are dated to the month for quarters to mean something (else {@code quarters} is
 * empty). Periods in time order.
 */
public record CooperationSeries(List<CooperationPeriod> years, List<CooperationPeriod> quarters) {
    public static final CooperationSeries NONE = new CooperationSeries(List.of(), List.of());

    public CooperationSeries {
        years = List.copyOf(years);
        quarters = List.copyOf(quarters);
    }
}

package org.parley.core.dates;

import java.time.ZoneId;
import java.util.Objects;
import org.parley.core.dateline.DayMonthOrder;

/**
 * What an outlet's domain tells about its dates: its usual time zone and numeric date order.
 *
 * @param domainSuffix the matched suffix of the outlet's host ({@code .vn}, {@code nytimes.com})
 * @param zone         the outlet's usual zone
 * @param order        how it writes ambiguous numeric dates
 */
public record OutletConvention(String domainSuffix, ZoneId zone, DayMonthOrder order) {
    public OutletConvention {
        Objects.requireNonNull(domainSuffix, "domainSuffix");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(order, "order");
    }
}

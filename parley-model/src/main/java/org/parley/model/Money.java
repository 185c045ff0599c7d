package org.parley.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money normalised to a number and an ISO 4217 currency ("$500 million" = 500000000 USD). */
public record Money(BigDecimal value, String currency) {
    public Money {
        Objects.requireNonNull(value, "value");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be ISO 4217: " + currency);
        }
    }
}

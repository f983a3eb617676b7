package io.redress.events;

import java.math.BigDecimal;

/** What the customer was given; amount and currency only for remedies that cost money. */
public record Remedy(RemedyType type, BigDecimal amount, String currency) {

    public Remedy {
        Require.present(type, "remedy.type");
        if (amount != null && currency == null) {
            throw new IllegalArgumentException("field 'remedy.currency' is required with 'remedy.amount'");
        }
    }
}

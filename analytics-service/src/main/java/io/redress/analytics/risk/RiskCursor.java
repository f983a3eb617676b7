package io.redress.analytics.risk;

import io.redress.analytics.query.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where a page of customers at risk ends: the last score and customer id, opaque to the caller. */
record RiskCursor(int score, String customerId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((score + "|" + customerId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a request, null without one; a malformed one is recorded in {@code parameters}. */
    static RiskCursor parse(QueryParameters parameters, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new RiskCursor(Integer.parseInt(text.substring(0, bar)), text.substring(bar + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return parameters.refuse("cursor", "is not a cursor this endpoint gave", null);
        }
    }
}

package io.redress.core.paging;

import io.redress.core.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of complaints ends: the last one's time (its {@code receivedAt}, its next due time...) and id, as
 * an opaque base64url token. Pure.
 */
public record Cursor(Instant at, UUID complaintId) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at + "|" + complaintId).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names; empty when it is not one this service made. */
    public static Optional<Cursor> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(Instant.parse(text.substring(0, bar)),
                    UUID.fromString(text.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The cursor a {@code cursor} query parameter names; null when absent; a 400 naming it when it is not one. */
    public static Cursor parameter(String token) {
        return token == null ? null : decode(token).orElseThrow(() -> ProblemException.badField("cursor",
                "is not a cursor of this list; use the next link of a page"));
    }
}

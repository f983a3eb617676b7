package io.redress.analytics.summary;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Headline counts for complaints received in {@code [from, to)}, as the log stood at {@code asOf}.
 *
 * @param filed      complaints received in the window and filed by {@code asOf}
 * @param assigned   of those, complaints that had an owner by {@code asOf}
 * @param unassigned of those, complaints still waiting for an owner at {@code asOf}
 * @param withRootCause of those, complaints traced to a root cause identified by {@code asOf}
 */
public record Summary(@Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to, Instant asOf, long filed, long assigned, long unassigned,
        long withRootCause) {
}

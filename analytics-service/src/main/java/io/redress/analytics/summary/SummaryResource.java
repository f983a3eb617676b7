package io.redress.analytics.summary;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /analytics/summary}: headline counts for analysts over a window of receipt times. */
@Path("/analytics/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class SummaryResource {

    private final Clock clock;

    public SummaryResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @Operation(operationId = "getSummary", summary = "How many complaints were filed and assigned",
            description = "Roles: analyst, supervisor.")
    @APIResponse(responseCode = "200", description = "Counts for the window as the view stood at asOf",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not an ISO-8601 instant, or to is not after from; the parameter is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Summary> summary(
            @Parameter(description = "ISO-8601 instant; complaints received at or after it (default: all)")
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant; complaints received before it (default: all)")
            @QueryParam("to") String to,
            @Parameter(description = "ISO-8601 instant; count the state as it was then (default: now)")
            @QueryParam("asOf") String asOf) {
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T23:59:59Z"));
        Instant at = instant("asOf", asOf, clock.instant());
        if (!start.isBefore(end)) {
            throw ProblemException.badField("to", "must be after 'from'");
        }
        String window = "receivedAt >= ?1 and receivedAt < ?2 and filedAt <= ?3";
        return ComplaintFact.count(window, start, end, at).chain(filed -> ComplaintFact
                .count(window + " and assignedAt <= ?3", start, end, at)
                .chain(assigned -> withRootCause(start, end, at)
                        .map(traced -> new Summary(from == null ? null : start, to == null ? null : end, at, filed,
                                assigned, filed - assigned, traced))));
    }

    /**
     * Complaints of the window with a root cause identified by {@code at}, wherever the two events were. Driven from
     * the links, which are few next to the complaints: the cost follows the root causes, not the window.
     */
    private static Uni<Long> withRootCause(Instant start, Instant end, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(distinct l.complaint_id) from analytics_root_cause_complaint l
                join analytics_complaint c on c.complaint_id = l.complaint_id
                where l.identified_at <= ?3
                  and c.received_at >= ?1 and c.received_at < ?2 and c.filed_at <= ?3""", Long.class)
                .setParameter(1, start).setParameter(2, end).setParameter(3, at).getSingleResult());
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}

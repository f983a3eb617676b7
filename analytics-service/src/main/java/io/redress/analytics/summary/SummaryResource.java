package io.redress.analytics.summary;

import io.redress.core.problem.Problem;
import io.redress.core.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /analytics/summary}: headline counts for analysts over a window of receipt times, a {@link SummaryQuery} on
 * {@code analytics_complaint} and {@code analytics_root_cause_complaint}.
 */
@Path("/analytics/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class SummaryResource {

    private final Pool pool;
    private final Clock clock;

    public SummaryResource(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @Operation(operationId = "getSummary", summary = "How many complaints were filed and assigned",
            description = "Roles: analyst, supervisor.")
    @APIResponse(responseCode = "200", description = "Counts for the window as the view stood at asOf",
            content = @Content(schema = @Schema(implementation = Summary.class),
                    examples = @ExampleObject(name = "november", value = """
                            {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z",
                             "asOf": "2026-12-01T00:00:00Z", "filed": 1200, "assigned": 1180, "unassigned": 20,
                             "withRootCause": 37}""")))
    @APIResponse(responseCode = "400", description = "A parameter is not an ISO-8601 instant, or to is not after from; the parameter is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Summary> summary(
            @Parameter(description = "ISO-8601 instant; complaints received at or after it (default: all)")
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant; complaints received before it (default: all)")
            @QueryParam("to") String to,
            @Parameter(description = "ISO-8601 instant; count the state as it was then (default: now)")
            @QueryParam("asOf") String asOf) {
        return SummaryQuery.parse(from, to, asOf, clock.instant()).handle(pool);
    }
}

package io.redress.analytics.summary;

import io.redress.analytics.query.Window;
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
 * {@code /analytics/summary}: the headline figures over a window of receipt times as they stood at a moment, read by
 * {@link RollupReads} from the {@code summary-rollup} sums (the same figures {@link FigureSql} defines over the facts).
 */
@Path("/analytics/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class SummaryResource {

    static final String BAD_PARAMETERS = "A parameter is malformed (not an ISO-8601 instant, to not after from, an "
            + "unknown interval or time zone); one problem names every bad parameter";

    private static final String EXAMPLE = """
            {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z", "asOf": "2026-12-01T00:00:00Z",
             "filed": 1200, "backlog": 85, "assigned": 1180, "unassigned": 20, "withRootCause": 37,
             "bySeverity": {"CRITICAL": 40, "MAJOR": 310, "MINOR": 250, "MODERATE": 600},
             "byChannel": {"EMAIL": 500, "PHONE": 450, "WEB_FORM": 250}, "byCategory": {"billing": 700, "delivery": 500},
             "incidentRate": {"complainingCustomers": 1000, "complaintsPerCustomer": 1.2000, "repeatComplaints": 240,
               "repeatShare": 0.2000, "contacts": 1500, "contactsPerComplaint": 1.2500},
             "timeToAcknowledge": {"count": 1150, "p50Seconds": 1800, "p90Seconds": 7200, "meanSeconds": 2950.40},
             "timeToResolve": {"count": 1115, "p50Seconds": 86400, "p90Seconds": 259200, "meanSeconds": 120000.00},
             "slaBreached": {"count": 60, "of": 1200, "rate": 0.0500},
             "firstContactResolved": {"count": 446, "of": 1115, "rate": 0.4000},
             "reopened": {"count": 56, "of": 1115, "rate": 0.0502},
             "satisfaction": {"responses": 800, "meanScore": 4.05, "satisfied": 620, "satisfiedShare": 0.7750},
             "escalationsByLevel": {"1": 48, "2": 9}}""";

    private final Pool pool;
    private final Clock clock;

    public SummaryResource(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getSummary", summary = "The headline figures: volume, backlog, incident rate, speed, "
            + "SLA, first-contact resolution, reopenings, satisfaction, escalations",
            description = "Roles: analyst, operator. " + FigureDocs.DEFINITIONS + " complainingCustomers: distinct "
                    + "customerIds; repeatComplaints: filings with priorComplaints ≥ 1; contacts: each filing counts "
                    + "one, each ContactLogged by asOf one more. bySeverity, byChannel, byCategory: as filed, only "
                    + "values with complaints. escalationsByLevel: ComplaintEscalated events by asOf per level. "
                    + "withRootCause: complaints linked by a RootCauseIdentified at or before asOf.")
    @APIResponse(responseCode = "200", description = "The figures for the window as they stood at asOf",
            content = @Content(schema = @Schema(implementation = Summary.class),
                    examples = @ExampleObject(name = "november", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_PARAMETERS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Summary> summary(@Parameter(description = Window.FROM) @QueryParam("from") String from,
            @Parameter(description = Window.TO) @QueryParam("to") String to,
            @Parameter(description = Window.AS_OF) @QueryParam("asOf") String asOf) {
        return RollupReads.summary(pool, Window.parse(from, to, asOf, clock.instant()));
    }
}

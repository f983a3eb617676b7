package io.redress.analytics.risk;

import io.redress.analytics.csv.CsvWriter;
import io.redress.analytics.query.QueryParameters;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /analytics/customers/at-risk}: customers ranked by the defection-risk score, read by {@link RiskReads}. */
@Path("/analytics/customers/at-risk")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "analytics")
public class AtRiskResource {

    static final String SCORE = "The score counts, over the customer's complaints received in the 365 days before "
            + "asOf (and in [from, to)), filed by asOf, with only events by asOf: 10 points per complaint beyond the "
            + "first (REPEAT); the highest severity, CRITICAL 20, MAJOR 10, MODERATE 5 (SEVERITY); 8 per complaint "
            + "with an SLA breach (BREACHES); 8 per reopening (REOPENINGS); 15 per answer of 1–2 and 5 per answer of "
            + "3 (LOW_SATISFACTION); a point per whole day the oldest open complaint (neither resolved nor closed) "
            + "has been open, at most 30 (UNRESOLVED_AGE); 10 if the last contact (a filing or ContactLogged) was in "
            + "the 30 days before asOf, 5 in the 90 (RECENT_CONTACT). Customers with at least minScore are listed, "
            + "by score, then customerId; lifetimeValue is the latest filing's customerLifetimeValue (by receivedAt, "
            + "then complaintId); valueAtRisk sums it over every customer listed on any page.";

    private static final String EXAMPLE = """
            {"from": null, "to": null, "asOf": "2026-12-01T00:00:00Z", "minScore": 20, "customersAtRisk": 1,
             "valueAtRisk": 5400.00, "items": [{"customerId": "cust-42", "score": 66, "lifetimeValue": 5400.00,
               "complaints": 3, "highestSeverity": "MAJOR", "breaches": 1, "reopenings": 1, "unhappyAnswers": 1,
               "oldestOpenDays": 5, "lastContactAt": "2026-11-29T10:00:00Z",
               "reasons": [{"factor": "REPEAT", "points": 20, "text": "3 complaints in the 365 days before asOf"},
                 {"factor": "SEVERITY", "points": 10, "text": "a MAJOR complaint"},
                 {"factor": "BREACHES", "points": 8, "text": "1 complaint(s) with an SLA breach"},
                 {"factor": "REOPENINGS", "points": 8, "text": "reopened 1 time(s)"},
                 {"factor": "LOW_SATISFACTION", "points": 15, "text": "1 answer(s) of 1–2, 0 of 3"},
                 {"factor": "UNRESOLVED_AGE", "points": 5, "text": "a complaint open for 5 day(s)"}]}],
             "next": null}""";

    private final Pool pool;
    private final Clock clock;
    private final int minScore;

    public AtRiskResource(Pool pool, Clock clock,
            @ConfigProperty(name = "redress.analytics.at-risk.min-score", defaultValue = "20") int minScore) {
        this.pool = pool;
        this.clock = clock;
        this.minScore = minScore;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getCustomersAtRisk", summary = "Customers most likely to leave, with why and what "
            + "they are worth", description = "Roles: analyst, operator. " + SCORE + " Follow next until it is "
            + "null. With Accept: text/csv the page as RFC 4180 CSV.")
    @APIResponse(responseCode = "200", description = "A page of customers",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AtRisk.class),
                    examples = @ExampleObject(name = "page", value = EXAMPLE)),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = "customerId,score,lifetimeValue,complaints,"
                            + "highestSeverity,breaches,reopenings,unhappyAnswers,oldestOpenDays,lastContactAt,"
                            + "reasons\r\ncust-42,66,5400.00,3,MAJOR,1,1,1,5,2026-11-29T10:00:00Z,"
                            + "3 complaints in the 365 days before asOf (+20); a MAJOR complaint (+10)\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed (an instant, to not after from, "
            + "limit outside 1–100, a cursor this endpoint did not give); one problem names every bad parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AtRisk> atRisk(
            @Parameter(description = Window.FROM)
            @QueryParam("from") String from,
            @Parameter(description = Window.TO)
            @QueryParam("to") String to,
            @Parameter(description = Window.AS_OF)
            @QueryParam("asOf") String asOf,
            @Parameter(description = "customers per page, 1–100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "the next link's cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        Window window = Window.parse(parameters, from, to, asOf, clock.instant());
        int size = parameters.integer("limit", limit, 1, 100, 20);
        RiskCursor after = RiskCursor.parse(parameters, cursor);
        parameters.check();
        return RiskReads.read(pool, window, minScore, after, size, uri.getAbsolutePath().getRawPath());
    }
}

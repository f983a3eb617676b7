package io.redress.analytics.summary;

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
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /analytics/trends}: the summary's main figures per day or week of receipt time, for charts; JSON or CSV. */
@Path("/analytics/trends")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "analytics")
public class TrendsResource {

    private static final String POINT = """
            {"start": "2026-11-02T00:00:00Z", "filed": 41, "backlog": 3,
             "timeToAcknowledge": {"count": 40, "p50Seconds": 1740, "p90Seconds": 6900, "meanSeconds": 2810.15},
             "timeToResolve": {"count": 38, "p50Seconds": 80100, "p90Seconds": 250000, "meanSeconds": 115000.50},
             "slaBreached": {"count": 2, "of": 41, "rate": 0.0488},
             "firstContactResolved": {"count": 15, "of": 38, "rate": 0.3947},
             "reopened": {"count": 1, "of": 38, "rate": 0.0263},
             "satisfaction": {"responses": 30, "meanScore": 4.10, "satisfied": 24, "satisfiedShare": 0.8000}}""";

    private final Pool pool;
    private final Clock clock;
    private final ZoneId defaultZone;

    public TrendsResource(Pool pool, Clock clock,
            @ConfigProperty(name = "redress.analytics.time-zone", defaultValue = "UTC") ZoneId defaultZone) {
        this.pool = pool;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getTrends", summary = "The main figures per day or week, for charts",
            description = "Roles: analyst, operator. One point per interval of receivedAt (a calendar day, or an "
                    + "ISO week starting Monday, in tz) that has complaints, oldest first; each point's figures are "
                    + "defined as in the summary and add up to it over filed, backlog and the counts. "
                    + FigureDocs.DEFINITIONS + " With Accept: text/csv the same points as RFC 4180 CSV, a header "
                    + "row of the JSON paths (start, filed, backlog, timeToAcknowledge.count, …).")
    @APIResponse(responseCode = "200", description = "The points",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Trends.class),
                    examples = @ExampleObject(name = "days", value = "{\"from\": \"2026-11-02T00:00:00Z\", "
                            + "\"to\": \"2026-11-03T00:00:00Z\", \"asOf\": \"2026-12-01T00:00:00Z\", "
                            + "\"interval\": \"day\", \"tz\": \"UTC\", \"points\": [" + POINT + "]}")),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "days", value = "start,filed,backlog,timeToAcknowledge.count,"
                            + "...\r\n2026-11-02T00:00:00Z,41,3,40,...\r\n"))})
    @APIResponse(responseCode = "400", description = SummaryResource.BAD_PARAMETERS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Trends> trends(@Parameter(description = Window.FROM) @QueryParam("from") String from,
            @Parameter(description = Window.TO) @QueryParam("to") String to,
            @Parameter(description = Window.AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "day or week (default day)") @QueryParam("interval") String interval,
            @Parameter(description = "IANA time zone of the intervals, such as Europe/Berlin (default "
                    + "redress.analytics.time-zone, UTC)") @QueryParam("tz") String tz) {
        QueryParameters parameters = new QueryParameters();
        Window window = Window.parse(parameters, from, to, asOf, clock.instant());
        Interval every = parameters.choice("interval", interval, Interval.class, Interval.DAY);
        ZoneId zone = parameters.zone("tz", tz, defaultZone);
        parameters.check();
        return TrendReads.trends(pool, window, every, zone).map(points -> new Trends(window.from(), window.to(),
                window.asOf(), every.name().toLowerCase(Locale.ROOT), zone.getId(), points));
    }
}

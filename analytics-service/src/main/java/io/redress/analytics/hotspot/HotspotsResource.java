package io.redress.analytics.hotspot;

import io.redress.analytics.csv.CsvWriter;
import io.redress.analytics.query.QueryParameters;
import io.redress.analytics.query.Snapshot;
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
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /analytics/hotspots}: where and when complaints cluster, each cell tested by {@link Significance}. */
@Path("/analytics/hotspots")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "analytics")
public class HotspotsResource {

    private static final String EXAMPLE = """
            {"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z", "asOf": "2026-12-01T00:00:00Z",
             "by": ["hour", "employee"], "tz": "Europe/Berlin", "design": "CROSSED", "alpha": 0.01, "minCount": 5,
             "complaints": 1225, "excluded": 0, "tested": 240, "limit": 0.0000417, "flagged": 1,
             "cells": [{"key": {"hour": "09", "employee": "emp-3"}, "count": 30, "expected": 8.92, "score": 7.81,
                        "pValue": 1.1E-10, "flagged": true},
                       {"key": {"hour": "14", "employee": "emp-1"}, "count": 9, "expected": 5.10, "score": 1.79,
                        "pValue": 0.0558, "flagged": false}]}""";

    private final Pool pool;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Significance significance;

    public HotspotsResource(Pool pool, Clock clock,
            @ConfigProperty(name = "redress.analytics.time-zone", defaultValue = "UTC") ZoneId defaultZone,
            @ConfigProperty(name = "redress.analytics.hotspots.alpha", defaultValue = "0.01") double alpha,
            @ConfigProperty(name = "redress.analytics.hotspots.min-count", defaultValue = "5") long minCount) {
        this.pool = pool;
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.significance = new Significance(alpha, minCount);
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getHotspots", summary = "Where and when complaints cluster, with the cells that stand "
            + "out flagged", description = "Roles: analyst, operator. Counts the complaints received in [from, to) "
            + "and filed by asOf per cell of by: hour or weekday (of receivedAt in tz), employee, owner (as of asOf: "
            + "the latest ComplaintAssigned by then), component, channel, category; two of them crossed "
            + "(by=hour,employee), or a component's versions (by=component,componentVersion). Each cell's score "
            + "is a z value of its count n against the expected e, and where it is above 1 an exact one-sided p-value "
            + "P(X ≥ n): one dimension, each value's share s is an hour's or a weekday's share of the window's time "
            + "(from, else the first receipt, to to, else the last), any other value 1/k of the k seen; e = N·s, "
            + "z = (n − e) / √(e (1 − s)), X binomial(N, s); crossed, e = R·C / N, z the adjusted standardised residual "
            + "(n − e) / √(e (1 − R/N) (1 − C/N)), X hypergeometric(N, R, C); a version against the version before "
            + "it of the same component (in version order, equal exposure assumed), e = (n_before + n) / 2, z = "
            + "(n − n_before) / √(n_before + n), X binomial(n_before + n, 1/2). A cell is flagged when p ≤ alpha / "
            + "tested (Bonferroni; tested counts every row × column cell) and it holds at least minCount complaints "
            + "(redress.analytics.hotspots.alpha 0.01, min-count 5). "
            + "Cells are listed by score, highest first; empty cells are not listed. With Accept: text/csv the "
            + "cells as RFC 4180 CSV: the dimensions, count, expected, score, flagged.")
    @APIResponse(responseCode = "200", description = "The cells",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Hotspots.class),
                    examples = @ExampleObject(name = "hourByEmployee", value = EXAMPLE)),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "hourByEmployee", value = "hour,employee,count,expected,"
                            + "score,pValue,flagged\r\n09,emp-3,30,8.92,7.81,1.1E-10,true\r\n"
                            + "14,emp-1,9,5.10,1.79,0.0558,false\r\n"))})
    @APIResponse(responseCode = "400", description = "by is missing or names an unknown or repeated dimension, "
            + "or another parameter is malformed; one problem names every bad parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Hotspots> hotspots(
            @Parameter(description = "One or two of hour, weekday, employee, owner, component, channel, category "
                    + "separated by a comma, or component,componentVersion", required = true,
                    example = "hour,employee") @QueryParam("by") String by,
            @Parameter(description = Window.FROM)
            @QueryParam("from") String from,
            @Parameter(description = Window.TO)
            @QueryParam("to") String to,
            @Parameter(description = Window.AS_OF)
            @QueryParam("asOf") String asOf,
            @Parameter(description = "IANA time zone of hours and weekdays (default redress.analytics.time-zone, "
                    + "UTC)") @QueryParam("tz") String tz) {
        QueryParameters parameters = new QueryParameters();
        Grouping grouping = Grouping.parse(parameters, by);
        Window window = Window.parse(parameters, from, to, asOf, clock.instant());
        ZoneId zone = parameters.zone("tz", tz, defaultZone);
        parameters.check();
        return Snapshot.read(pool, HotspotReads.TABLES, tx -> HotspotReads.count(tx, window, grouping, zone))
                .map(counted -> answer(window, grouping, zone, counted));
    }

    private Hotspots answer(Window window, Grouping grouping, ZoneId zone, HotspotReads.Counted counted) {
        List<Dimension> dimensions = grouping.dimensions();
        Significance.Result result = significance.apply(grouping.design(), counted.cells(),
                shares(window, grouping, zone, counted));
        List<Hotspots.Cell> cells = new ArrayList<>(result.cells().size());
        long complaints = 0;
        long flagged = 0;
        for (Significance.Scored scored : result.cells()) {
            Map<String, String> key = new LinkedHashMap<>();
            key.put(dimensions.getFirst().parameter(), scored.first());
            if (dimensions.size() == 2) {
                key.put(dimensions.get(1).parameter(), scored.second());
            }
            cells.add(new Hotspots.Cell(key, scored.count(), decimal(scored.expected()), decimal(scored.score()),
                    significant(scored.pValue()), scored.flagged()));
            complaints += scored.count();
            flagged += scored.flagged() ? 1 : 0;
        }
        List<String> by = dimensions.stream().map(Dimension::parameter).toList();
        return new Hotspots(window.from(), window.to(), window.asOf(), by, zone.getId(), grouping.design().name(),
                significance.alpha(), significance.minCount(), complaints, counted.excluded(), result.tested(),
                result.limit(), flagged, cells);
    }

    /**
     * Hours' and weekdays' shares of the window: from {@code from} (else the first receipt counted) to {@code to}
     * (else just after the last).
     */
    private static Map<String, Double> shares(Window window, Grouping grouping, ZoneId zone,
            HotspotReads.Counted counted) {
        if (grouping.design() != Grouping.Design.SINGLE || !grouping.first().usesZone()
                || counted.firstReceived() == null) {
            return null;
        }
        Instant start = window.from() != null ? window.from() : counted.firstReceived();
        Instant end = window.to() != null ? window.to() : counted.lastReceived().plusMillis(1);
        return Exposure.shares(grouping.first(), start, end, zone);
    }

    private static Double significant(Double p) {
        return p == null ? null : new BigDecimal(p).round(new MathContext(3)).doubleValue();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

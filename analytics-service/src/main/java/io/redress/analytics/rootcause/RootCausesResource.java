package io.redress.analytics.rootcause;

import io.redress.analytics.csv.CsvTable;
import io.redress.analytics.csv.CsvWriter;
import io.redress.analytics.query.QueryParameters;
import io.redress.analytics.query.Window;
import io.redress.core.command.CommandPipeline;
import io.redress.core.paging.Cursor;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.events.RootCauseIdentified;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /root-causes}: an analyst records a root cause ({@code RootCauseIdentified}, through service-core's
 * {@link CommandPipeline}, written through to the read model {@code root-causes}); analysts and operators read them.
 */
@Path("/root-causes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "root-causes")
public class RootCausesResource {

    private static final String LINKED = """
            {"rootCauseId": "6c1d2f0e-8a5b-4c3d-9e7f-1a2b3c4d5e6f",
             "title": "Firmware 6.2.14 drops the PPPoE session on DHCP lease renewal", "category": "connectivity",
             "component": "homehub-6", "whys": ["Customers lose their connection every evening.",
               "The router restarts its WAN interface when its DHCP lease renews.",
               "The regression suite has no long-running lease-renewal scenario."],
             "correctiveAction": "Ship 6.2.15 with the fix and roll firmware out in stages",
             "identifiedAt": "2026-12-02T10:00:00Z", "correctedAt": "2026-12-04T06:00:00Z", "complaintCount": 1,
             "complaints": [{"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10",
               "receivedAt": "2026-11-30T19:40:00Z", "category": "connectivity", "severity": "MAJOR",
               "inView": true}]""";

    private static final String EXAMPLE = LINKED + ", \"recurrence\": null}";

    private static final String DETAIL = LINKED + """
            , "recurrence": {"pivot": "2026-12-04T06:00:00Z", "weeks": 1, "perWeek": [
               {"week": -1, "start": "2026-11-27T06:00:00Z", "complaints": 21, "days": 7.0000},
               {"week": 0, "start": "2026-12-04T06:00:00Z", "complaints": 4, "days": 7.0000}],
               "before": 21, "beforeDays": 7.0000, "after": 4, "afterDays": 7.0000, "beforePerWeek": 21.00,
               "afterPerWeek": 4.00, "change": -0.8095, "pValue": 0.0009, "significant": true}}""";

    private final CommandPipeline pipeline;
    private final Pool pool;
    private final Clock clock;
    private final double alpha;

    public RootCausesResource(CommandPipeline pipeline, Pool pool, Clock clock,
            @ConfigProperty(name = "redress.analytics.recurrence.alpha", defaultValue = "0.05") double alpha) {
        this.pipeline = pipeline;
        this.pool = pool;
        this.clock = clock;
        this.alpha = alpha;
    }

    /**
     * One page of root causes.
     *
     * @param next the path of the next page; null on the last one
     */
    public record Page(List<RootCauseView> items, @Schema(nullable = true) String next) implements CsvTable {

        private static final List<String> HEADER = List.of("rootCauseId", "title", "category", "component",
                "whys", "correctiveAction", "identifiedAt", "correctedAt", "complaintCount");

        @Override
        public List<String> csvHeader() {
            return HEADER;
        }

        @Override
        public List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>(items.size());
            for (RootCauseView r : items) {
                rows.add(java.util.Arrays.asList(r.rootCauseId(), r.title(), r.category(), r.component(),
                        String.join(" | ", r.whys()), r.correctiveAction(), r.identifiedAt(), r.correctedAt(),
                        r.complaintCount()));
            }
            return rows;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANALYST)
    @Operation(operationId = "identifyRootCause", summary = "Record a root cause found by asking why, and its fix",
            description = "Role: analyst. Appends RootCauseIdentified (keyed by the new rootCauseId) once the broker "
                    + "has it and answers with the root cause and its complaints. Every complaint id must be known to "
                    + "analytics; unknown ones are listed in one 400. A complaint id given twice counts once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "firmware", value = """
            {"title": "Firmware 6.2.14 drops the PPPoE session on DHCP lease renewal", "category": "connectivity",
             "component": "homehub-6", "whys": ["Customers lose their connection every evening.",
               "The router restarts its WAN interface when its DHCP lease renews.",
               "The regression suite has no long-running lease-renewal scenario."],
             "correctiveAction": "Ship 6.2.15 with the fix and roll firmware out in stages",
             "correctedAt": "2026-12-04T06:00:00Z", "complaintIds": ["3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10"]}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = RootCauseView.class),
                    examples = @ExampleObject(name = "recorded", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body, each bad field named (1 to 7 whys, none "
            + "blank; the lengths; unknown fields), or complaint ids analytics does not know (each named by its "
            + "pointer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> identify(@Valid @NotNull IdentifyRootCause body, @Context UriInfo uri) {
        UUID id = UUID.randomUUID();
        Set<UUID> complaints = new LinkedHashSet<>(body.complaintIds());
        return pipeline.<UUID>run("root-cause/" + id, tx -> RootCauseReads.unknown(tx, complaints).map(missing -> {
            if (!missing.isEmpty()) {
                throw unknownComplaints(body.complaintIds(), missing);
            }
            return new CommandPipeline.Work<>(id, List.of(new RootCauseIdentified(id, clock.instant(), body.title(),
                    body.category(), body.component(), body.whys(), body.correctiveAction(), List.copyOf(complaints),
                    body.correctedAt())));
        })).chain(recorded -> RootCauseReads.find(pool, recorded)).map(view -> Response
                .created(uri.getAbsolutePathBuilder().path(view.rootCauseId().toString()).build()).entity(view)
                .build());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "listRootCauses", summary = "Root causes, newest first",
            description = "Roles: analyst, operator. Each with how many complaints it explains; those identified in "
                    + "[from, to) and by asOf (defaults: all, now); follow next until it is null. With Accept: "
                    + "text/csv the page as RFC 4180 CSV (the whys joined with \" | \").")
    @APIResponse(responseCode = "200", description = "A page of root causes",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + EXAMPLE
                            + "], \"next\": null}")),
                @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = "rootCauseId,title,category,component,whys,"
                            + "correctiveAction,identifiedAt,correctedAt,complaintCount\r\n"
                            + "6c1d2f0e-8a5b-4c3d-9e7f-1a2b3c4d5e6f,Firmware 6.2.14 drops the PPPoE session,"
                            + "connectivity,homehub-6,Customers lose their connection. | The router restarts.,"
                            + "Ship 6.2.15,2026-12-02T10:00:00Z,2026-12-04T06:00:00Z,1\r\n"))})
    @APIResponse(responseCode = "400", description = "A malformed limit, cursor, from, to or asOf; the error names "
            + "each", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Uni<Page> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "ISO-8601 instant; root causes identified at or after it (default: all)")
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant; root causes identified before it (default: all)")
            @QueryParam("to") String to,
            @Parameter(description = "ISO-8601 instant; the root causes identified by then (default: now)")
            @QueryParam("asOf") String asOf, @Context UriInfo uri) {
        QueryParameters parameters = new QueryParameters();
        Window window = Window.parse(parameters, from, to, asOf, clock.instant());
        parameters.check();
        Cursor after = Cursor.parameter(cursor);
        return RootCauseReads.page(pool, window, after == null ? null : after.at(),
                after == null ? null : after.complaintId(), limit + 1).map(found -> {
                    List<RootCauseView> page = new ArrayList<>(found.size() > limit ? found.subList(0, limit) : found);
                    String next = null;
                    if (found.size() > limit) {
                        RootCauseView last = page.getLast();
                        next = "%s?%slimit=%d&cursor=%s".formatted(uri.getAbsolutePath().getRawPath(),
                                window.query(), limit, new Cursor(last.identifiedAt(), last.rootCauseId()).encode());
                    }
                    return new Page(page, next);
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(operationId = "getRootCause", summary = "A root cause, the complaints it explains, and whether its "
            + "problem came back after the fix",
            description = "Roles: analyst, operator. The complaints by receipt time; one whose filing analytics has "
                    + "not read yet (it is on another partition) shows its id with inView false. recurrence counts "
                    + "the complaints of the root cause's category (and component, when it names one) received in "
                    + "each of the weeks weeks before the corrective action took effect (correctedAt, else "
                    + "identifiedAt) and as many after, before asOf and filed by asOf; beforePerWeek and "
                    + "afterPerWeek are the rates over the time each period has had by asOf. The test: given the n "
                    + "complaints of both periods, the after count is binomial(n, afterDays / (beforeDays + "
                    + "afterDays)) if nothing changed; pValue is two-sided, significant when it is at most "
                    + "redress.analytics.recurrence.alpha (0.05).")
    @APIResponse(responseCode = "200", description = "The root cause",
            content = @Content(schema = @Schema(implementation = RootCauseView.class),
                    examples = @ExampleObject(name = "firmware", value = DETAIL)))
    @APIResponse(responseCode = "400", description = "A malformed id, asOf or weeks (1–52); each is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such root cause",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RootCauseView> get(@PathParam("id") UUID id,
            @Parameter(description = "ISO-8601 instant; count the complaints as the log stood then (default: now)")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "weeks before and after the corrective action, 1–52 (default 8)")
            @QueryParam("weeks") String weeks) {
        QueryParameters parameters = new QueryParameters();
        Instant at = parameters.instant("asOf", asOf, clock.instant());
        int span = parameters.integer("weeks", weeks, 1, 52, 8);
        parameters.check();
        return RootCauseReads.find(pool, id).chain(view -> {
            if (view == null) {
                throw ProblemException.notFound("root cause", id);
            }
            Instant pivot = view.correctedAt() != null ? view.correctedAt() : view.identifiedAt();
            return RootCauseReads.weekly(pool, view, pivot, at, span)
                    .map(counts -> view.with(Recurrence.of(pivot, at, span, counts, alpha)));
        });
    }

    private static ProblemException unknownComplaints(List<UUID> given, Set<UUID> missing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (missing.contains(given.get(i))) {
                errors.add(new Problem.FieldError("complaintIds[" + i + "]", "analytics knows no complaint "
                        + given.get(i), "/complaintIds/" + i));
            }
        }
        return new ProblemException(Problem.of(400, "Unknown complaints", missing.size()
                + " of the complaint ids are not known to analytics (filed complaints only)").withErrors(errors));
    }
}

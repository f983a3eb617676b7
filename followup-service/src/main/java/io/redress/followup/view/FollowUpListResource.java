package io.redress.followup.view;

import io.redress.core.paging.Cursor;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.core.sql.Sql;
import io.redress.events.FollowUpKind;
import io.redress.followup.tracking.FollowUp;
import io.redress.followup.tracking.FollowUpRows;
import io.redress.followup.tracking.FollowUpStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /follow-ups}: follow-ups across complaints by due time, filtered by status, kind and due time,
 * cursor-paged; read from {@code followup_follow_up}.
 */
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "follow-ups")
public class FollowUpListResource {

    private static final String EXAMPLE = """
            {"items": [{"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10",
                        "followUpId": "1f6b0c2d-4e5a-3b7c-8d9e-0f1a2b3c4d5e", "kind": "CHECK_IN", "clock": null,
                        "attempt": 1, "status": "DUE", "scheduledAt": "2026-12-02T15:00:00Z",
                        "dueAt": "2026-12-05T15:00:00Z", "sentAt": null, "cancelledAt": null,
                        "cancelReason": null}],
             "next": null}""";

    private final Pool pool;

    public FollowUpListResource(Pool pool) {
        this.pool = pool;
    }

    /** One follow-up of some complaint. */
    public record Listed(UUID complaintId, UUID followUpId, FollowUpKind kind,
            @Schema(nullable = true) io.redress.events.SlaClock clock, int attempt, FollowUpStatus status,
            Instant scheduledAt, Instant dueAt, @Schema(nullable = true) Instant sentAt,
            @Schema(nullable = true) Instant cancelledAt, @Schema(nullable = true) String cancelReason) {

        static Listed of(FollowUp f) {
            return new Listed(f.complaintId(), f.followUpId(), f.kind(), f.clock(), f.attempt(), f.status(),
                    f.scheduledAt(), f.dueAt(), f.sentAt(), f.cancelledAt(), f.cancelReason());
        }
    }

    /**
     * One page.
     *
     * @param next the path of the next page; null on the last one
     */
    public record Page(List<Listed> items, @Schema(nullable = true) String next) {
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(operationId = "listFollowUps", summary = "Follow-ups across complaints, by due time",
            description = "Roles: operator, supervisor. Follow-ups ordered by due time, then id; status= and kind= "
                    + "filter, before= keeps those due before an instant (e.g. status=DUE&before=<now> lists what "
                    + "is overdue: should be empty while the service runs). Follow next until it is null.")
    @APIResponse(responseCode = "200", description = "A page of follow-ups",
            content = @Content(schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one due check-in", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed status, kind, before, limit or cursor; the error "
            + "names it (and the allowed values)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"DUE", "SENT", "CANCELLED"}))
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"SATISFACTION_SURVEY", "CHECK_IN", "OWNER_REMINDER", "DELAY_NOTICE"}))
            @QueryParam("kind") @Size(max = 40) String kind,
            @Parameter(description = "Only follow-ups due before this instant (ISO-8601)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("before") @Size(max = 40) String before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context UriInfo uri) {
        FollowUpStatus statusFilter = constant(FollowUpStatus.class, "status", status);
        FollowUpKind kindFilter = constant(FollowUpKind.class, "kind", kind);
        Instant beforeFilter = instant("before", before);
        Cursor after = Cursor.parameter(cursor);
        return Sql.query(pool, """
                        select %s from followup_follow_up
                        where ($1::text is null or status = $1) and ($2::text is null or kind = $2)
                          and ($3::timestamptz is null or due_at < $3)
                          and ($4::timestamptz is null or (due_at, follow_up_id) > ($4, $5::uuid))
                        order by due_at, follow_up_id limit $6""".formatted(FollowUpRows.COLUMNS),
                statusFilter == null ? null : statusFilter.name(), kindFilter == null ? null : kindFilter.name(),
                beforeFilter == null ? null : Sql.time(beforeFilter), after == null ? null : Sql.time(after.at()),
                after == null ? null : after.complaintId(), limit + 1).map(rows -> {
                    List<FollowUp> found = new ArrayList<>();
                    rows.forEach(row -> found.add(FollowUpRows.read(row)));
                    List<FollowUp> page = found.size() > limit ? found.subList(0, limit) : found;
                    String next = null;
                    if (found.size() > limit) {
                        FollowUp last = page.getLast();
                        next = "%s?limit=%d%s%s%s&cursor=%s".formatted(uri.getAbsolutePath().getRawPath(), limit,
                                query("status", status), query("kind", kind), query("before", before),
                                new Cursor(last.dueAt(), last.followUpId()).encode());
                    }
                    return new Page(page.stream().map(Listed::of).toList(), next);
                });
    }

    private static String query(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(parameter, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant instant(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(parameter, "is not an ISO-8601 instant (e.g. 2026-12-02T09:00:00Z)");
        }
    }
}

package io.redress.resolution.queue;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.paging.Cursor;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.view.Workloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /owners/{ownerId}/queue} and {@code GET /queues/unassigned}: the complaints an owner has in hand,
 * nearest due first, and those waiting in the teams' queues, oldest first; both cursor-paged.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queues")
public class QueuesResource {

    private static final String EXAMPLE = """
            {"items": [{"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "status": "ASSIGNED",
                        "severity": "MAJOR", "category": "billing", "component": null, "customerId": "cust-42",
                        "receivedAt": "2026-12-01T09:00:00Z", "ownerId": "agent-chen", "team": "billing-care",
                        "nextDueAt": "2026-12-01T13:00:00Z", "escalationLevel": 0}],
             "next": null}""";

    private final Pool pool;
    private final SecurityIdentity identity;

    public QueuesResource(Pool pool, SecurityIdentity identity) {
        this.pool = pool;
        this.identity = identity;
    }

    /**
     * One page of a queue.
     *
     * @param next the path of the next page; null on the last one
     */
    public record Page(List<QueueItem> items, @Schema(nullable = true) String next) {
    }

    @GET
    @Path("owners/{ownerId}/queue")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getOwnerQueue", summary = "An owner's open complaints, nearest due first",
            description = "Roles: agent (only their own queue), supervisor (anyone's). The complaints the owner has "
                    + "in hand (ASSIGNED, ACKNOWLEDGED, REOPENED) by the nearest due time of a running SLA clock, "
                    + "then id; follow next until it is null.")
    @APIResponse(responseCode = "200", description = "A page of the owner's queue",
            content = @Content(schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one complaint", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed limit or cursor; the error names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An agent asking for someone else's queue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page> ownerQueue(@PathParam("ownerId") @Size(min = 1, max = 100) String ownerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context UriInfo uri) {
        if (!Actor.of(identity).mayActFor(ownerId)) {
            throw new ProblemException(Problem.of(403, "Forbidden", "An agent sees only their own queue; "
                    + ownerId + " is someone else."));
        }
        Cursor after = Cursor.parameter(cursor);
        return Workloads.ownerQueue(pool, ownerId, after == null ? null : after.at(),
                after == null ? null : after.complaintId(), limit + 1)
                .map(found -> page(found, limit, uri, "", ComplaintState::nextDueAt));
    }

    @GET
    @Path("queues/unassigned")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "getUnassignedQueue", summary = "Complaints nobody could take yet, oldest first",
            description = "Role: supervisor. Complaints held in their team supervisor's queue (rule "
                    + "UNASSIGNED_QUEUE) because no owner of the team was available under capacity; each is "
                    + "assigned as soon as someone can take it. Of one team with team=, else of all.")
    @APIResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one complaint", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed team, limit or cursor; the error names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page> unassigned(@QueryParam("team") @Size(min = 1, max = 100) String team,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context UriInfo uri) {
        Cursor after = Cursor.parameter(cursor);
        return Workloads.queued(pool, team, after == null ? null : after.at(),
                after == null ? null : after.complaintId(), limit + 1)
                .map(found -> page(found, limit, uri, team == null ? "" : "&team=" + java.net.URLEncoder.encode(team,
                        java.nio.charset.StandardCharsets.UTF_8),
                        ComplaintState::receivedAt));
    }

    private static Page page(List<ComplaintState> found, int limit, UriInfo uri, String query,
            Function<ComplaintState, java.time.Instant> sortedBy) {
        List<ComplaintState> page = found.size() > limit ? found.subList(0, limit) : found;
        String next = null;
        if (found.size() > limit) {
            ComplaintState last = page.getLast();
            next = "%s?limit=%d%s&cursor=%s".formatted(uri.getAbsolutePath().getRawPath(), limit, query,
                    new Cursor(sortedBy.apply(last), last.complaintId()).encode());
        }
        return new Page(page.stream().map(QueueItem::of).toList(), next);
    }
}

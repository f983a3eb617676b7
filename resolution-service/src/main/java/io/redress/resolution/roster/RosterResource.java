package io.redress.resolution.roster;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.command.CommandPipeline;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.resolution.assignment.Queues;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET}/{@code PUT /roster} and {@code PUT /owners/{id}/availability}: the roster, versioned by its ETag; a
 * change that lets someone take queued complaints assigns them in the same transaction.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "roster")
public class RosterResource {

    private static final String ROSTER = """
            {"headOfService": "head-hana",
             "teams": [{"id": "billing-care", "supervisor": "sup-omar", "categories": ["billing", "refund"],
                        "components": [], "calendar": {"zone": "Europe/Berlin",
                            "week": {"MONDAY": ["09:00-12:30", "13:30-17:00"], "FRIDAY": ["09:00-15:00"]},
                            "holidays": ["2026-12-25"]}}],
             "owners": [{"id": "agent-chen", "name": "Chen Wei", "team": "billing-care", "skills": ["refunds"],
                         "seniority": "SENIOR", "capacity": 30, "available": true}]}""";
    private static final String OWNER = """
            {"id": "agent-chen", "name": "Chen Wei", "team": "billing-care", "skills": ["refunds"],
             "seniority": "SENIOR", "capacity": 30, "available": false}""";

    /** How many queued complaints a roster change looks at, oldest first. */
    private static final int DRAIN = 500;

    private final RosterStore store;
    private final CommandPipeline pipeline;
    private final Pool pool;
    private final SecurityIdentity identity;
    private final Clock clock;

    public RosterResource(RosterStore store, CommandPipeline pipeline, Pool pool, SecurityIdentity identity,
            Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.pool = pool;
        this.identity = identity;
        this.clock = clock;
    }

    /** An owner's availability, as {@code PUT /owners/{id}/availability} takes it. */
    public record Availability(@NotNull Boolean available) {
    }

    @GET
    @Path("roster")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "getRoster", summary = "The roster: teams, owners, head of service",
            description = "Role: supervisor. The ETag names the version; send it back as If-Match to change it.")
    @APIResponse(responseCode = "200", description = "The roster as it stands",
            headers = @Header(name = "ETag", description = "The roster's version, e.g. \"3\"",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Roster.class),
                    examples = @ExampleObject(name = "one team", value = ROSTER)))
    public Uni<Response> get() {
        return store.current(pool).map(current -> Response.ok(current.roster()).tag(etag(current)).build());
    }

    @PUT
    @Path("roster")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "replaceRoster", summary = "Replace the roster",
            description = "Role: supervisor. Needs If-Match with the ETag of the roster it replaces. The roster is "
                    + "this service's own state (not rebuilt from the log, which holds every decision made with "
                    + "it). Queued complaints someone can now take are assigned at once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Roster.class),
            examples = @ExampleObject(name = "one team", value = ROSTER)))
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag",
            content = @Content(schema = @Schema(implementation = Roster.class),
                    examples = @ExampleObject(name = "one team", value = ROSTER)))
    @APIResponse(responseCode = "400", description = "An invalid roster; every bad entry is named by its pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: read the roster again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match: a change must name the version it replaces",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> replace(@Parameter(description = "The ETag of the roster being replaced", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch, Roster roster) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "Precondition Required",
                    "Send If-Match with the ETag of the roster you are replacing (GET /roster)."));
        }
        var errors = RosterRules.violations(roster);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "The roster has %d invalid entries"
                    .formatted(errors.size())).withErrors(errors));
        }
        String actor = Actor.of(identity).id();
        return change(previous -> {
            if (!matches(ifMatch, previous)) {
                throw new ProblemException(Problem.of(412, "Precondition Failed", "The roster is at version %d, "
                        .formatted(previous.version()) + "not " + ifMatch.strip() + "; read it again and reapply "
                        + "your change."));
            }
            return roster;
        }, actor).map(saved -> Response.ok(saved.roster()).tag(etag(saved)).build());
    }

    @PUT
    @Path("owners/{ownerId}/availability")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AGENT})
    @Operation(operationId = "setOwnerAvailability", summary = "Say whether an owner takes new complaints",
            description = "Roles: supervisor (anyone), agent (only themselves: the token's subject). Raises the "
                    + "roster's version; an owner back at work takes queued complaints of their team at once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Availability.class),
            examples = @ExampleObject(name = "away", value = "{\"available\": false}")))
    @APIResponse(responseCode = "200", description = "The owner as the roster now has them",
            content = @Content(schema = @Schema(implementation = Roster.Owner.class),
                    examples = @ExampleObject(name = "away", value = OWNER)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An agent setting someone else's availability",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such owner in the roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> availability(@PathParam("ownerId") @Size(min = 1, max = 100) String ownerId,
            @Valid @NotNull Availability body) {
        Actor actor = Actor.of(identity);
        if (!actor.mayActFor(ownerId)) {
            throw new ProblemException(Problem.of(403, "Forbidden", "An agent sets only their own availability; "
                    + ownerId + " is someone else."));
        }
        return change(previous -> {
            if (previous.roster().owner(ownerId).isEmpty()) {
                throw ProblemException.notFound("owner", ownerId);
            }
            return previous.roster().withAvailability(ownerId, body.available());
        }, actor.id()).map(saved -> Response.ok(saved.roster().owner(ownerId).orElseThrow()).tag(etag(saved))
                .build());
    }

    /** Locks the roster, replaces it with what {@code next} makes of it, and assigns what the change frees. */
    private Uni<RosterStore.Versioned> change(Function<RosterStore.Versioned, Roster> next,
            String actor) {
        return pipeline.run("roster", tx -> store.locked(tx)
                .chain(previous -> store.replace(tx, previous, next.apply(previous), actor))
                .chain(saved -> drain(tx, saved.roster()).map(events -> new CommandPipeline.Work<>(saved,
                        List.copyOf(events)))));
    }

    private Uni<List<io.redress.events.ComplaintAssigned>> drain(SqlConnection tx, Roster roster) {
        return Queues.loads(tx, roster).chain(loads -> Queues.drain(tx, roster, loads, DRAIN, clock.instant()));
    }

    private static String etag(RosterStore.Versioned roster) {
        return Long.toString(roster.version());
    }

    private static boolean matches(String ifMatch, RosterStore.Versioned current) {
        String expected = "\"" + current.version() + "\"";
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(expected)) {
                return true;
            }
        }
        return false;
    }
}

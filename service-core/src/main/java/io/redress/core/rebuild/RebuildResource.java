package io.redress.core.rebuild;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/rebuild}: lets an operator throw the view away and replay it from the log, and watch it happen. */
@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Operations on this service's view")
@RolesAllowed(Roles.OPERATOR)
public class RebuildResource {

    private final RebuildService rebuilds;

    public RebuildResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild this service's view from complaint-events",
            description = "Role: operator. Returns 202 at once; follow progress with GET /admin/rebuild. 409 while one "
                    + "is running.")
    @APIResponse(responseCode = "202", description = "Started: the status, with Location /admin/rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        RebuildStatus started = rebuilds.start().orElseThrow(() -> new ProblemException(Response.Status.CONFLICT,
                "Rebuild already running", "A rebuild of this view is in progress; wait for it to finish."));
        return Response.accepted(started).location(URI.create("/admin/rebuild")).build();
    }

    @GET
    @Operation(operationId = "getRebuildStatus", summary = "Progress of the current or last rebuild",
            description = "Role: operator.")
    @APIResponse(responseCode = "200", description = "State and counts of the current or last rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    public RebuildStatus status() {
        return rebuilds.status();
    }
}

package io.redress.core.rebuild;

import io.redress.core.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/rebuild}: lets an operator throw the view away and replay it from the log, and watch it happen. */
@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Operations on this service's view")
public class RebuildResource {

    private final RebuildService rebuilds;

    public RebuildResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Drop this service's view and replay complaint-events from the beginning",
            description = "Returns 202 at once; follow progress with GET /admin/rebuild. 409 while one is running.")
    public Response start() {
        RebuildStatus started = rebuilds.start().orElseThrow(() -> new ProblemException(Response.Status.CONFLICT,
                "Rebuild already running", "A rebuild of this view is in progress; wait for it to finish."));
        return Response.accepted(started).location(URI.create("/admin/rebuild")).build();
    }

    @GET
    @Operation(summary = "Progress of the current or last rebuild")
    public RebuildStatus status() {
        return rebuilds.status();
    }
}

package io.redress.core.rebuild;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.core.view.ReadModels;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/rebuild}: lets an operator throw read models away and replay them from the log, and watch it happen. */
@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Operations on this service's view")
@RolesAllowed(Roles.OPERATOR)
public class RebuildResource {

    private final RebuildService rebuilds;
    private final ReadModels models;

    public RebuildResource(RebuildService rebuilds, ReadModels models) {
        this.rebuilds = rebuilds;
        this.models = models;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild this service's read models from complaint-events",
            description = "Role: operator. Returns 202 at once; follow progress with GET /admin/rebuild. Without "
                    + "readModel, every read model (with the checkpoints and timers) is rebuilt up to the log's end; "
                    + "with it, only those, up to where the view had got, the others untouched. Every instance of "
                    + "the service pauses its consumer meanwhile. 409 while a rebuild runs on any instance.")
    @APIResponse(responseCode = "202", description = "Started: the status, with Location /admin/rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class),
                    examples = @ExampleObject(name = "started", value = """
                            {"state": "RUNNING", "readModels": ["complaints"], "startedAt": "2026-11-20T10:00:00Z",
                             "finishedAt": null, "targetEvents": 120000, "eventsReplayed": 0, "eventsApplied": 0,
                             "eventsIgnored": 0, "eventsSkipped": 0, "error": null}""")))
    @APIResponse(responseCode = "400", description = "An unknown read model, or one without tables; the known are listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running (here or on another instance)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Parameter(description = "A read model to rebuild (repeatable); default: all")
            @QueryParam("readModel") List<String> readModel) {
        Set<String> chosen = new TreeSet<>(readModel == null ? List.of() : readModel);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name : chosen) {
            String message = models.named(name).map(model -> model.tables().isEmpty()
                    ? "has no tables of its own to rebuild" : "").orElse("is not a read model of this service: "
                            + "one of " + models.names());
            if (!message.isEmpty()) {
                errors.add(new Problem.FieldError("readModel", name + " " + message));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request", errors.getFirst().message())
                    .withErrors(errors));
        }
        RebuildService.Start start = rebuilds.start(chosen);
        if (start.started() == null) {
            throw new ProblemException(Response.Status.CONFLICT, "Rebuild already running",
                    start.busy() == RebuildService.Busy.HERE
                            ? "A rebuild of this view is in progress; wait for it to finish."
                            : "A rebuild of this view is in progress on another instance; wait for it to finish.");
        }
        return Response.accepted(start.started()).location(URI.create("/admin/rebuild")).build();
    }

    @GET
    @Operation(operationId = "getRebuildStatus", summary = "Progress of the current or last rebuild on this instance",
            description = "Role: operator.")
    @APIResponse(responseCode = "200", description = "State, read models and counts of the current or last rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class),
                    examples = @ExampleObject(name = "completed", value = """
                            {"state": "COMPLETED", "readModels": ["complaints"], "startedAt": "2026-11-20T10:00:00Z",
                             "finishedAt": "2026-11-20T10:00:07Z", "targetEvents": 120000, "eventsReplayed": 120000,
                             "eventsApplied": 119800, "eventsIgnored": 150, "eventsSkipped": 50, "error": null}""")))
    public RebuildStatus status() {
        return rebuilds.status();
    }
}

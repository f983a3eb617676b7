package io.redress.resolution.command;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.command.CommandPipeline;
import io.redress.core.problem.Problem;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.view.Complaints;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /complaints/{id}/<command>}: each command is decided by {@link ComplaintDecider} on resolution's state
 * of the complaint and appended by service-core's {@link CommandPipeline}; the answer is the complaint's new state.
 */
@Path("/complaints/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class CommandsResource {

    private final CommandPipeline pipeline;
    private final Complaints complaints;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CommandsResource(CommandPipeline pipeline, Complaints complaints, SecurityIdentity identity, Clock clock) {
        this.pipeline = pipeline;
        this.complaints = complaints;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Path("/acknowledge")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "acknowledgeComplaint", summary = "Acknowledge a complaint, with or without an apology",
            description = "Roles: agent (only on complaints they own: the token's subject is the ownerId), "
                    + "supervisor (any). Appends ComplaintAcknowledged (owner: the complaint's current owner; "
                    + "actedBy: the token's subject) and answers once the broker has it. Allowed while the "
                    + "complaint is ASSIGNED or REOPENED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "apology",
            value = "{\"apologized\": true, \"message\": \"I am sorry you were charged twice; I am on it.\"}")))
    @APIResponse(responseCode = "200", description = "Acknowledged: the complaint's new state",
            content = @Content(schema = @Schema(implementation = ComplaintState.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The complaint's state does not allow it; `state` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> acknowledge(@PathParam("id") UUID id,
            @Valid @NotNull ComplaintCommand.Acknowledge command) {
        return decide(id, command);
    }

    @POST
    @Path("/assign")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "assignComplaint", summary = "Give a complaint to another owner",
            description = "Role: supervisor. Appends ComplaintAssigned with rule MANUAL and the previous owner "
                    + "(previousOwnerId); the team stays unless named. Refused (409) for a CLOSED complaint or one "
                    + "the owner already has.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reassign",
            value = "{\"ownerId\": \"agent-bruno\", \"team\": \"customer-care\"}")))
    @APIResponse(responseCode = "200", description = "Assigned: the complaint's new state",
            content = @Content(schema = @Schema(implementation = ComplaintState.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The complaint's state does not allow it; `state` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> assign(@PathParam("id") UUID id, @Valid @NotNull ComplaintCommand.Assign command) {
        return decide(id, command);
    }

    private Uni<ComplaintState> decide(UUID id, ComplaintCommand command) {
        Actor actor = Actor.of(identity);
        return pipeline.handle("complaint/" + id, tx -> complaints.find(tx, id),
                state -> ComplaintDecider.decide(state, command, actor, clock.instant()));
    }
}

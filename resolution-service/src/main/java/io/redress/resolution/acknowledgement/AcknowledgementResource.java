package io.redress.resolution.acknowledgement;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.problem.Problem;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.resolution.lifecycle.ComplaintState;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /complaints/{id}/acknowledge}: the owner tells the customer they have it in hand. */
@Path("/complaints/{id}/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class AcknowledgementResource {

    private final AcknowledgementService acknowledgements;
    private final SecurityIdentity identity;

    public AcknowledgementResource(AcknowledgementService acknowledgements, SecurityIdentity identity) {
        this.acknowledgements = acknowledgements;
        this.identity = identity;
    }

    @POST
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
    @APIResponse(responseCode = "409", description = "The complaint's state does not allow it; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> acknowledge(@PathParam("id") UUID id, @Valid @NotNull AcknowledgeComplaint command) {
        return acknowledgements.acknowledge(id, command, Actor.of(identity));
    }
}

package io.redress.resolution.view;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.resolution.lifecycle.ComplaintState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /complaints/{id}}: a complaint's status and owner, for agents and supervisors. */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class ComplaintsResource {

    private final Complaints complaints;
    private final Pool pool;

    public ComplaintsResource(Complaints complaints, Pool pool) {
        this.complaints = complaints;
        this.pool = pool;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getResolutionComplaint", summary = "A complaint's status, owner and escalation level",
            description = "Roles: agent, supervisor.")
    @APIResponse(responseCode = "200", description = "The complaint's state in resolution",
            content = @Content(schema = @Schema(implementation = ComplaintState.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> get(@PathParam("id") UUID id) {
        return complaints.find(pool, id).map(state -> {
            if (state == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return state;
        });
    }
}

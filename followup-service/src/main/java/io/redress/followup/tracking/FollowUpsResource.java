package io.redress.followup.tracking;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.events.FollowUpKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /complaints/{id}/follow-ups}: where a complaint stands for follow-up and its planned follow-ups, read from
 * {@code followup_complaint} through the {@link TrackedComplaints} read model.
 */
@Path("/complaints/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "follow-ups")
public class FollowUpsResource {

    /** A complaint's follow-up record: its stage, its owner and the follow-ups planned or sent. */
    public record ComplaintFollowUps(UUID complaintId, FollowUpStage stage, @Schema(nullable = true) String ownerId,
            @Schema(nullable = true) Instant assignedAt,
            List<FollowUp> followUps) {

        static ComplaintFollowUps of(TrackedComplaint complaint) {
            return new ComplaintFollowUps(complaint.complaintId(), complaint.stage(), complaint.ownerId(),
                    complaint.assignedAt(), List.of());
        }
    }

    /** One planned or sent follow-up (scheduling arrives with the follow-up release; the list is empty until then). */
    public record FollowUp(UUID followUpId, FollowUpKind kind, Instant dueAt, @Schema(nullable = true) Instant sentAt) {
    }

    private final TrackedComplaints complaints;
    private final Pool pool;

    public FollowUpsResource(TrackedComplaints complaints, Pool pool) {
        this.complaints = complaints;
        this.pool = pool;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getFollowUps", summary = "A complaint's stage, owner and follow-ups",
            description = "Roles: agent, supervisor.")
    @APIResponse(responseCode = "200", description = "The complaint as follow-up knows it",
            content = @Content(schema = @Schema(implementation = ComplaintFollowUps.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in follow-up's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintFollowUps> get(@PathParam("id") UUID id) {
        return complaints.find(pool, id).map(complaint -> {
            if (complaint == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return ComplaintFollowUps.of(complaint);
        });
    }
}

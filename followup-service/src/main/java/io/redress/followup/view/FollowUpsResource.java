package io.redress.followup.view;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /complaints/{id}/follow-ups}: a complaint's stage, answer and follow-ups, from the read model. */
@Path("/complaints/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "follow-ups")
public class FollowUpsResource {

    /** A resolved complaint whose survey went out and was answered; its check-in is still due. */
    public static final String EXAMPLE = """
            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "stage": "RESOLVED", "ownerId": "agent-chen",
             "ownerName": "Chen Wei", "assignedAt": "2026-12-01T09:00:02Z",
             "acknowledgeBy": "2026-12-01T13:00:00Z", "resolveBy": "2026-12-04T09:00:00Z",
             "resolvedAt": "2026-12-02T15:00:00Z", "reopenCount": 0, "surveysSent": 1, "checkInSent": false,
             "satisfaction": {"score": 5, "ownershipTaken": true, "feltValued": true, "resolvedQuickly": true,
                              "regretExpressed": true, "comment": "Chen sorted it out and kept me posted.",
                              "erased": false, "recordedAt": "2026-12-02T18:30:00Z"},
             "closesWithoutAnswerAt": null, "outcome": null, "closedAt": null,
             "followUps": [
               {"followUpId": "8d1c7f7e-0b7a-3c59-9d0e-2c1e6a4b5f31", "kind": "SATISFACTION_SURVEY", "clock": null,
                "attempt": 1, "status": "SENT", "scheduledAt": "2026-12-02T15:00:00Z",
                "dueAt": "2026-12-02T15:00:00Z", "sentAt": "2026-12-02T15:00:01Z", "cancelledAt": null,
                "cancelReason": null},
               {"followUpId": "1f6b0c2d-4e5a-3b7c-8d9e-0f1a2b3c4d5e", "kind": "CHECK_IN", "clock": null,
                "attempt": 1, "status": "DUE", "scheduledAt": "2026-12-02T15:00:00Z",
                "dueAt": "2026-12-05T15:00:00Z", "sentAt": null, "cancelledAt": null, "cancelReason": null}]}""";

    private final CaseViews views;
    private final Pool pool;

    public FollowUpsResource(CaseViews views, Pool pool) {
        this.views = views;
        this.pool = pool;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.OPERATOR})
    @Operation(operationId = "getFollowUps", summary = "A complaint's follow-up stage, survey answer and follow-ups",
            description = "Roles: agent, supervisor, operator. The stage (FILED, ASSIGNED, ACKNOWLEDGED, RESOLVED, "
                    + "REOPENED, CLOSED), the owner and due times, the latest resolution's survey answer (its comment "
                    + "opened with the customer's data key; null and erased: true once their personal data is "
                    + "erased), when it closes without an answer, how it closed, and every follow-up (surveys, "
                    + "check-ins, owner reminders, delay notices) with its status (DUE, SENT, CANCELLED) and times.")
    @APIResponse(responseCode = "200", description = "The complaint as follow-up knows it",
            content = @Content(schema = @Schema(implementation = ComplaintFollowUps.class),
                    examples = @ExampleObject(name = "answered, check-in due", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in follow-up's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintFollowUps> get(@PathParam("id") UUID id) {
        return views.find(pool, id).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return found;
        });
    }
}

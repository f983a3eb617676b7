package io.redress.resolution.view;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.resolution.privacy.ResolutionDataKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /complaints/{id}}: a complaint as resolution sees it ({@link ComplaintView}), for agents and supervisors. */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class ComplaintsResource {

    private final Complaints complaints;
    private final Pool pool;

    private final ResolutionDataKeys keys;

    public ComplaintsResource(Complaints complaints, Pool pool, ResolutionDataKeys keys) {
        this.complaints = complaints;
        this.pool = pool;
        this.keys = keys;
    }

    /** The customer's fair solution opened with their key; null when there is none, or no key any more. */
    private Uni<String> words(UUID id, String customerId) {
        return FairSolutions.of(pool, id).chain(said -> said == null ? Uni.createFrom().nullItem()
                : keys.store().existing(pool, Set.of(customerId)).map(found -> Optional.ofNullable(
                        found.get(customerId)).flatMap(key -> key.open(said.sealed(), customerId)).orElse(null)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getResolutionComplaint",
            summary = "A complaint's status, owner, SLA clocks, escalation level and history",
            description = "Roles: agent, supervisor. Each clock's dueAt is counted in the owning team's business "
                    + "hours (or calendar time); met is true when its step came in time, false once it breached, "
                    + "null while it runs. The history lists every step oldest first with who took it.")
    @APIResponse(responseCode = "200", description = "The complaint as resolution sees it",
            content = @Content(schema = @Schema(implementation = ComplaintView.class), examples = @ExampleObject(
                    name = "acknowledged", value = """
                    {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "status": "ACKNOWLEDGED",
                     "customerId": "cust-42", "category": "billing", "component": null, "severity": "MAJOR",
                     "receivedAt": "2026-12-01T09:00:00Z", "ownerId": "agent-chen", "team": "billing-care",
                     "rule": "SENIOR_FOR_REPEAT_OR_SEVERE", "escalationLevel": 0, "contactCount": 1,
                     "reopenCount": 0, "firstContactSoFar": true, "customerFairSolution": null,
                     "sla": {"acknowledge": {"dueAt": "2026-12-01T13:00:00Z", "stoppedAt": "2026-12-01T09:20:00Z",
                                             "breachedAt": null, "met": true},
                             "resolve": {"dueAt": "2026-12-04T09:00:00Z", "stoppedAt": null, "breachedAt": null,
                                         "met": null}},
                     "history": [{"occurredAt": "2026-12-01T09:00:01Z", "type": "ComplaintFiled", "actor": "intake",
                                  "detail": "MAJOR billing via PHONE, 1 prior"}]}""")))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return complaints.find(pool, id).chain(state -> {
            if (state == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return History.of(pool, id).chain(history -> words(id, state.customerId())
                    .map(said -> ComplaintView.of(state, said, history)));
        });
    }
}

package io.redress.followup.satisfaction;

import io.redress.core.command.CommandPipeline;
import io.redress.core.problem.Problem;
import io.redress.core.security.Roles;
import io.redress.followup.policy.FollowUpPolicy;
import io.redress.followup.tracking.Cases;
import io.redress.followup.tracking.FollowUpCase;
import io.redress.followup.view.CaseViews;
import io.redress.followup.view.ComplaintFollowUps;
import io.redress.followup.view.FollowUpsResource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /complaints/{id}/satisfaction}: the survey system posts the customer's answer; decided by
 * {@link SatisfactionDecider} on follow-up's case and appended by service-core's {@link CommandPipeline}, the comment
 * sealed with the customer's data key first.
 */
@Path("/complaints/{id}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "follow-ups")
public class SatisfactionResource {

    private final CommandPipeline pipeline;
    private final Cases cases;
    private final CaseViews views;
    private final FollowUpDataKeys keys;
    private final FollowUpPolicy policy;
    private final Clock clock;

    public SatisfactionResource(CommandPipeline pipeline, Cases cases, CaseViews views, FollowUpDataKeys keys,
            FollowUpPolicy policy, Clock clock) {
        this.pipeline = pipeline;
        this.cases = cases;
        this.views = views;
        this.keys = keys;
        this.policy = policy;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.AGENT})
    @Operation(operationId = "recordSatisfaction", summary = "Record the customer's answer to the satisfaction survey",
            description = "Roles: intake (the survey system), agent. Appends SatisfactionRecorded with the score "
                    + "(1-5), Gallup's four drivers and the comment, encrypted with the customer's data key. Allowed "
                    + "once per resolution, while the complaint is RESOLVED. A score of 2 or less reopens the "
                    + "complaint (resolution reacts to the event) while fewer than redress.followup.close.max-reopens "
                    + "reopenings happened; after that it closes DISSATISFIED. A score of 4 or 5 closes it SATISFIED "
                    + "once the check-in has gone out, a 3 DISSATISFIED; pending survey re-sends are cancelled.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "happy", value = """
            {"score": 5, "ownershipTaken": true, "feltValued": true, "resolvedQuickly": true,
             "regretExpressed": true, "comment": "Chen sorted it out and kept me posted."}""")))
    @APIResponse(responseCode = "200", description = "Recorded: the complaint's follow-ups now",
            content = @Content(schema = @Schema(implementation = ComplaintFollowUps.class),
                    examples = @ExampleObject(name = "answered", value = FollowUpsResource.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named (a score outside 1-5, "
            + "a missing driver, an unknown field, a comment over 2000 characters)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in follow-up's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not resolved, closed, or already answered for this "
            + "resolution; `state` names the stage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintFollowUps> record(@PathParam("id") UUID id, @Valid @NotNull Answer answer) {
        Instant now = clock.instant();
        return pipeline.<Loaded>handle("complaint/" + id, tx -> load(tx, id, answer, now),
                        loaded -> SatisfactionDecider.decide(loaded == null ? null : loaded.state(), answer,
                                loaded == null ? null : loaded.comment(), now, policy.maxReopens()))
                .map(Loaded::view);
    }

    /** A case with the answer's comment sealed for its customer, and its view. */
    private record Loaded(FollowUpCase state, String comment, ComplaintFollowUps view) {
    }

    private Uni<Loaded> load(SqlConnection tx, UUID id, Answer answer, Instant now) {
        return cases.find(tx, id).chain(state -> {
            if (state == null) {
                return Uni.createFrom().nullItem();
            }
            String customer = state.complaint().customerId();
            Uni<String> sealed = answer.comment() == null ? Uni.createFrom().nullItem()
                    : keys.store().forCustomers(tx, Set.of(customer), now)
                            .map(found -> found.get(customer).seal(answer.comment(), customer));
            return sealed.chain(comment -> views.of(tx, state).map(view -> new Loaded(state, comment, view)));
        });
    }
}

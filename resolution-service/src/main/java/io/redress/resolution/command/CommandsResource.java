package io.redress.resolution.command;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.command.CommandPipeline;
import io.redress.core.command.Decision;
import io.redress.core.privacy.DataKeyStore;
import io.redress.core.problem.Problem;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.events.ComplaintResolved;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.privacy.ResolutionDataKeys;
import io.redress.resolution.roster.RosterStore;
import io.redress.resolution.sla.SlaPolicy;
import io.redress.resolution.view.Complaints;
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
 * {@code POST /complaints/{id}/<command>}: each command is decided by {@link ComplaintDecider} on resolution's state
 * of the complaint and appended by service-core's {@link CommandPipeline}; the answer is the complaint's new state.
 */
@Path("/complaints/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class CommandsResource {

    /** The answer of every command: the complaint's new state. */
    static final String STATE = """
            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "status": "ACKNOWLEDGED", "customerId": "cust-42",
             "category": "billing", "component": null, "severity": "MAJOR", "priorComplaints": 0,
             "receivedAt": "2026-12-01T09:00:00Z", "ownerId": "agent-chen", "team": "billing-care",
             "rule": "SENIOR_FOR_REPEAT_OR_SEVERE", "firstOwnerId": "agent-chen", "escalationLevel": 0,
             "acknowledgeDueAt": "2026-12-01T13:00:00Z", "acknowledgedAt": "2026-12-01T09:20:00Z",
             "acknowledgeBreachedAt": null, "resolveDueAt": "2026-12-04T09:00:00Z", "resolvedAt": null,
             "resolveBreachedAt": null, "contactCount": 1, "reopenCount": 0}""";

    private final CommandPipeline pipeline;
    private final Complaints complaints;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final RosterStore rosters;
    private final SlaPolicy policy;
    private final ResolutionDataKeys keys;

    public CommandsResource(CommandPipeline pipeline, Complaints complaints, SecurityIdentity identity, Clock clock,
            RosterStore rosters, SlaPolicy policy, ResolutionDataKeys keys) {
        this.pipeline = pipeline;
        this.complaints = complaints;
        this.identity = identity;
        this.clock = clock;
        this.rosters = rosters;
        this.policy = policy;
        this.keys = keys;
    }

    @POST
    @Path("/acknowledge")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "acknowledgeComplaint", summary = "Acknowledge a complaint, with or without an apology",
            description = "Roles: agent (only on complaints they own: the token's subject is the ownerId), "
                    + "supervisor (any). Appends ComplaintAcknowledged (owner: the complaint's current owner; "
                    + "actedBy: the token's subject) and answers once the broker has it. Allowed while the "
                    + "complaint is ASSIGNED or REOPENED. The event carries resolveBy, the resolve clock's due time, "
                    + "so the customer can be told when to expect a solution.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "apology",
            value = "{\"apologized\": true, \"message\": \"I am sorry you were charged twice; I am on it.\"}")))
    @APIResponse(responseCode = "200", description = "Acknowledged: the complaint's new state",
            content = @Content(schema = @Schema(implementation = ComplaintState.class),
                    examples = @ExampleObject(name = "new state", value = STATE)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An agent on a complaint someone else owns",
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
            content = @Content(schema = @Schema(implementation = ComplaintState.class),
                    examples = @ExampleObject(name = "new state", value = STATE)))
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

    @POST
    @Path("/resolve")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "resolveComplaint", summary = "Resolve a complaint: the remedy, the fair solution, the extra mile",
            description = "Roles: agent (only on complaints they own), supervisor (any). Appends ComplaintResolved; "
                    + "firstContact is computed: resolved by the first owner, with no further customer contact and no "
                    + "reopening. customerFairSolution, the customer's own words, is encrypted with their data key "
                    + "(unreadable once their personal data is erased). Allowed while the complaint is ASSIGNED, ACKNOWLEDGED or REOPENED; stops both SLA "
                    + "clocks and a pending escalation, and may let the owner take a queued complaint.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "refund", value = """
            {"remedy": {"type": "REFUND", "amount": 65.00, "currency": "EUR"}, "fairSolutionAsked": true,
             "customerFairSolution": "Refund the visit that never happened and make the line work.",
             "extraMile": "Waived the March line rental", "summary": "Rolled the router firmware back; refunded the visit."}""")))
    @APIResponse(responseCode = "200", description = "Resolved: the complaint's new state",
            content = @Content(schema = @Schema(implementation = ComplaintState.class),
                    examples = @ExampleObject(name = "new state", value = STATE)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named (an amount without "
            + "currency, a currency that is not ISO 4217, a negative amount)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An agent on a complaint someone else owns",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The complaint's state does not allow it; `state` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> resolve(@PathParam("id") UUID id, @Valid @NotNull ComplaintCommand.Resolve command) {
        return decide(id, command);
    }

    @POST
    @Path("/reopen")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "reopenComplaint", summary = "Reopen a resolved or closed complaint",
            description = "Roles: agent, supervisor. Appends ComplaintReopened with the reason and who asked; both "
                    + "SLA clocks start again from now, in the team's calendar (the event carries their due times). "
                    + "Resolution also reopens by itself on a satisfaction score of 2 or less and on a customer "
                    + "contact after the resolution.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "came back",
            value = "{\"reason\": \"The dropouts are back since last night's firmware update.\"}")))
    @APIResponse(responseCode = "200", description = "Reopened: the complaint's new state",
            content = @Content(schema = @Schema(implementation = ComplaintState.class),
                    examples = @ExampleObject(name = "new state", value = STATE)))
    @APIResponse(responseCode = "400", description = "Invalid body; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in resolution's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The complaint's state does not allow it; `state` names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintState> reopen(@PathParam("id") UUID id, @Valid @NotNull ComplaintCommand.Reopen command) {
        return decide(id, command);
    }

    private Uni<ComplaintState> decide(UUID id, ComplaintCommand command) {
        Actor actor = Actor.of(identity);
        Instant now = clock.instant();
        return pipeline.<Loaded>handle("complaint/" + id, tx -> load(tx, id, command, now),
                        loaded -> sealed(ComplaintDecider.decide(loaded == null ? null : loaded.state(), command,
                                new ComplaintDecider.Context(actor, now, loaded == null ? null : loaded.restarted(now),
                                        loaded == null ? owner -> null : loaded.roster().roster()::nameOf)),
                                loaded))
                .map(Loaded::state);
    }

    /** The customer's words on an accepted resolution, sealed with their data key: never plain on the log. */
    private static Decision sealed(Decision decision, Loaded loaded) {
        if (decision instanceof Decision.Accepted accepted && accepted.events().getFirst() instanceof ComplaintResolved
                resolved && resolved.customerFairSolution() != null) {
            return Decision.accept(new ComplaintResolved(resolved.complaintId(), resolved.occurredAt(),
                    resolved.ownerId(), resolved.remedy(), resolved.fairSolutionAsked(), resolved.extraMile(),
                    resolved.firstContact(), resolved.summary(), loaded.key().seal(resolved.customerFairSolution(),
                            loaded.state().customerId())));
        }
        return decision;
    }

    /**
     * A complaint with the roster it is decided under, and its customer's data key when the command carries their
     * words; null when resolution does not know it.
     */
    private record Loaded(ComplaintState state, RosterStore.Versioned roster, SlaPolicy policy,
            DataKeyStore.DataKey key) {

        SlaPolicy.Dues restarted(Instant now) {
            return policy.dues(state.severity(), roster.roster().calendar(state.team()), now);
        }
    }

    private Uni<Loaded> load(SqlConnection tx, UUID id, ComplaintCommand command, Instant now) {
        boolean words = command instanceof ComplaintCommand.Resolve resolve && resolve.customerFairSolution() != null;
        return complaints.find(tx, id).chain(state -> state == null ? Uni.createFrom().nullItem()
                : rosters.current(tx).chain(roster -> !words
                        ? Uni.createFrom().item(new Loaded(state, roster, policy, null))
                        : keys.store().forCustomers(tx, Set.of(state.customerId()), now).map(found ->
                                new Loaded(state, roster, policy, found.get(state.customerId())))));
    }
}

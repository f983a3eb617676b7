package io.redress.intake.contacts;

import io.redress.core.command.CommandPipeline;
import io.redress.core.command.Decision;
import io.redress.core.privacy.DataKeyStore;
import io.redress.core.problem.Problem;
import io.redress.core.security.Roles;
import io.redress.events.ContactLogged;
import io.redress.intake.privacy.DataKeys;
import io.redress.intake.view.Complaints;
import io.redress.intake.view.IntakeComplaint;
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
import jakarta.ws.rs.core.Response;
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
 * {@code POST /complaints/{id}/contacts}: a further contact, through the {@link CommandPipeline} (the complaint
 * locked, its row written through, so parallel contacts get consecutive counts); decided by {@link Contacts}, the
 * note sealed with the customer's data key before it goes on the log.
 */
@Path("/complaints/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class ContactsResource {

    private final CommandPipeline pipeline;
    private final Complaints complaints;
    private final DataKeys dataKeys;
    private final Clock clock;

    public ContactsResource(CommandPipeline pipeline, Complaints complaints, DataKeys dataKeys, Clock clock) {
        this.pipeline = pipeline;
        this.complaints = complaints;
        this.dataKeys = dataKeys;
        this.clock = clock;
    }

    /** The answer to a logged contact. */
    public record Logged(UUID complaintId, int contactCount) {
    }

    /** What a contact is decided on: the complaint, and its customer's data key (made if erased since). */
    private record State(IntakeComplaint complaint, DataKeyStore.DataKey key) {
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.AGENT})
    @Operation(operationId = "logContact", summary = "Log a further contact from the customer",
            description = "Roles: intake, agent. The customer got in touch again about this complaint, on any "
                    + "channel: appends ContactLogged with the complaint's exact contact count (the filing was "
                    + "contact 1; parallel contacts are counted once each) and the note, encrypted with the customer's "
                    + "data key. A complaint intake has not yet read from the log answers 404 for those few "
                    + "milliseconds.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LogContactRequest.class),
            examples = @ExampleObject(name = "chasing", value = """
                    {"channel": "PHONE", "note": "Called again: still charged twice, nobody called back."}""")))
    @APIResponse(responseCode = "201", description = "Logged: the complaint's contact count, this one included",
            content = @Content(schema = @Schema(implementation = Logged.class),
                    examples = @ExampleObject(name = "second contact", value = """
                            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "contactCount": 2}""")))
    @APIResponse(responseCode = "400", description = "Invalid body or id; each bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in intake's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The complaint is closed; state names its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = """
                            {"type": "about:blank", "title": "Conflict", "status": 409, "state": "CLOSED",
                             "detail": "Complaint 3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10 is closed; a new contact \
                            about it is a new complaint", "instance": "/complaints/3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10/contacts"}""")))
    @APIResponse(responseCode = "503", description = "The view is being rebuilt; retry in a few seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> log(@PathParam("id") UUID id, @Valid @NotNull LogContactRequest request) {
        Instant now = clock.instant();
        return pipeline.handle("complaint/" + id, tx -> load(tx, id, now), state -> sealed(
                        Contacts.decide(id, state == null ? null : state.complaint(), request, now), state))
                .map(state -> Response.status(Response.Status.CREATED)
                        .entity(new Logged(id, state.complaint().contactCount())).build());
    }

    private Uni<State> load(SqlConnection tx, UUID id, Instant now) {
        return complaints.find(tx, id).chain(complaint -> complaint == null ? Uni.createFrom().nullItem()
                : dataKeys.forFilings(tx, Set.of(complaint.customerId()), now)
                        .map(keys -> new State(complaint, keys.get(complaint.customerId()))));
    }

    /** The accepted contact with its note sealed with the customer's data key: never plain on the log. */
    private static Decision sealed(Decision decision, State state) {
        if (decision instanceof Decision.Accepted accepted
                && accepted.events().getFirst() instanceof ContactLogged contact) {
            String customer = state.complaint().customerId();
            return Decision.accept(new ContactLogged(contact.complaintId(), contact.occurredAt(), contact.channel(),
                    state.key().seal(contact.note(), customer), contact.contactCount()));
        }
        return decision;
    }
}

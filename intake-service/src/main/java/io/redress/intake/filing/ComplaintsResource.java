package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.intake.privacy.DataKeys;
import io.redress.intake.view.Complaints;
import io.redress.intake.filing.SubmissionReader.Read;
import io.redress.intake.view.Timeline;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
 * {@code /complaints}: other systems file complaints here ({@link FilingService}) and read back what intake knows of
 * them (read model {@link Complaints}, {@code intake_complaint}).
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class ComplaintsResource {

    private final FilingService filing;
    private final Complaints complaints;
    private final DataKeys dataKeys;
    private final Pool pool;
    private final SecurityIdentity identity;
    private final SubmissionReader reader;
    private final Clock clock;

    public ComplaintsResource(FilingService filing, Complaints complaints, DataKeys dataKeys, Pool pool,
            SecurityIdentity identity, SubmissionReader reader, Clock clock) {
        this.filing = filing;
        this.complaints = complaints;
        this.dataKeys = dataKeys;
        this.pool = pool;
        this.identity = identity;
        this.reader = reader;
        this.clock = clock;
    }

    /** The answer to a filing: the complaint's id (also in the Location header). */
    public record Filed(UUID complaintId) {
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "fileComplaint", summary = "File a complaint",
            description = "Roles: intake, agent, supervisor. 201 with Location for a new complaint. Idempotency "
                    + "(IETF draft 'The Idempotency-Key HTTP Header Field'): an Idempotency-Key, and the body's "
                    + "externalRef, each name one request of the calling client (the token's subject) for "
                    + "redress.idempotency.retention (30 days). The same request again (the same fields and values, "
                    + "however formatted) gives 200 and the same id, and files nothing; a different request under a "
                    + "used key gives 422. A second request while the first with its key is in flight waits for it "
                    + "and answers 200. The complaint is readable at GET /complaints/{id} once intake has consumed "
                    + "its ComplaintFiled event (normally within milliseconds).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FileComplaintRequest.class),
            examples = @ExampleObject(name = "billing", value = """
            {"customerId": "cust-42", "customerName": "Ada Lovelace", "channel": "PHONE", "category": "billing",
             "severity": "MAJOR", "description": "I was charged twice for my October invoice.",
             "product": "fibre-500", "component": "billing-engine", "componentVersion": "4.2.1",
             "employeeId": "emp-7"}""")))
    @APIResponse(responseCode = "201", description = "Filed: the new complaint's id, also in Location",
            content = @Content(schema = @Schema(implementation = Filed.class),
                    examples = @ExampleObject(name = "filed", value = """
                            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10"}""")))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request (same Idempotency-Key or "
            + "externalRef, same body): the same complaint's id, nothing filed",
            content = @Content(schema = @Schema(implementation = Filed.class),
                    examples = @ExampleObject(name = "repeat", value = """
                            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10"}""")))
    @APIResponse(responseCode = "400", description = "Invalid body or header: every bad field named at once, each "
            + "with its JSON pointer and the reason (unknown fields, wrong types, malformed instants, unknown enum "
            + "values with the allowed ones, limits, control characters, the rules between fields)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "two bad fields", value = """
                            {"type": "about:blank", "title": "Invalid complaint", "status": 400,
                             "detail": "channel: must be one of [EMAIL, PHONE, CHAT, WEB_FORM, SOCIAL_MEDIA, \
                            IN_STORE, PARTNER_API]; severty: is not a field of a complaint; the fields are [...]",
                             "instance": "/complaints",
                             "errors": [{"field": "channel", "pointer": "/channel", "message": "must be one of \
                            [EMAIL, PHONE, CHAT, WEB_FORM, SOCIAL_MEDIA, IN_STORE, PARTNER_API]"},
                                        {"field": "severty", "pointer": "/severty", "message": "is not a field of \
                            a complaint; the fields are [...]"}]}""")))
    @APIResponse(responseCode = "413", description = "Body over 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key or externalRef was used by this client "
            + "for a different request; the error names which",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "reused key", value = """
                            {"type": "about:blank", "title": "Key reused for a different request", "status": 422,
                             "detail": "Idempotency-Key 'req-1' was used by this client for a different request \
                            (complaint 3f0c...); a new request needs a new key", "instance": "/complaints",
                             "errors": [{"field": "Idempotency-Key",
                                         "message": "already used for a different request"}]}""")))
    public Uni<Response> file(byte[] body,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey, @Context UriInfo uri) {
        FileComplaintRequest request = switch (reader.read(body, clock.instant())) {
            case Read.Valid valid -> valid.request();
            case Read.Invalid invalid -> throw new ProblemException(invalid.problem());
        };
        return filing.file(request, identity.getPrincipal().getName(), idempotencyKey).map(result -> Response
                .status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getAbsolutePathBuilder().path(result.complaintId().toString()).build())
                .entity(new Filed(result.complaintId()))
                .build());
    }

    @GET
    @Path("/{id}")
    // The customer's data key is read through Hibernate.
    @WithSession
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "getIntakeComplaint", summary = "A complaint as intake knows it",
            description = "Roles: agent, supervisor (it shows the customer's personal data unless erased). Its status "
                    + "and owner as resolution and follow-up move it, and its whole timeline across services and "
                    + "channels (filing, contacts, assignment, acknowledgement, breaches, escalations, resolution, "
                    + "follow-ups, satisfaction, reopening, closing), oldest first; notes of contacts are personal "
                    + "and null once erased.")
    @APIResponse(responseCode = "200", description = "The complaint as filed, its contact count, live status, owner "
            + "and timeline",
            content = @Content(schema = @Schema(implementation = ComplaintView.class),
                    examples = @ExampleObject(name = "assigned, one contact", value = """
                            {"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10", "customerId": "cust-42",
                             "customerName": "Ada Lovelace", "channel": "PHONE", "category": "billing",
                             "severity": "MAJOR", "description": "I was charged twice for my October invoice.",
                             "product": "fibre-500", "component": "billing-engine", "componentVersion": "4.2.1",
                             "employeeId": "emp-7", "problemOccurredAt": null, "receivedAt": "2026-11-20T09:15:00Z",
                             "externalRef": "crm-4711", "customerLifetimeValue": 1500.00, "priorComplaints": 1,
                             "contactCount": 1, "open": true, "status": "ASSIGNED", "ownerId": "agent-ana",
                             "language": "en-GB", "erased": false,
                             "timeline": [{"at": "2026-11-20T09:15:00.120Z", "type": "ComplaintFiled",
                                           "channel": "PHONE", "actor": "emp-7", "detail": "billing, MAJOR, 1 prior",
                                           "note": null},
                                          {"at": "2026-11-20T09:15:00.180Z", "type": "ComplaintAssigned",
                                           "channel": null, "actor": "agent-ana",
                                           "detail": "rule SENIOR_FOR_REPEAT_OR_SEVERE, team customer-care",
                                           "note": null}]}""")))
    @APIResponse(responseCode = "404", description = "No such complaint (yet) in intake's view",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return complaints.find(pool, id).chain(row -> {
            if (row == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return Timeline.of(pool, id).chain(timeline -> dataKeys.find(row.customerId())
                    .map(key -> ComplaintView.of(row, timeline, key)));
        });
    }
}

package io.redress.intake.customers;

import io.redress.core.paging.Cursor;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Roles;
import io.redress.intake.customers.CustomerComplaints.IncidentRate;
import io.redress.intake.customers.CustomerComplaints.Item;
import io.redress.intake.view.ComplaintStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /customers/{customerId}/complaints}: a customer's complaints and incident rate ({@link CustomerComplaints}). */
@Path("/customers/{customerId}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customers")
public class CustomerComplaintsResource {

    private final Pool pool;
    private final Clock clock;

    public CustomerComplaintsResource(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * A page of the customer's complaints.
     *
     * @param next the path of the next page; null on the last one
     */
    public record Page(String customerId, IncidentRate incidentRate, Map<ComplaintStatus, Integer> countsByStatus,
            List<Item> complaints, @Schema(nullable = true) String next) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    @Operation(operationId = "listCustomerComplaints", summary = "A customer's complaints and incident rate",
            description = "Roles: agent, supervisor. The customer's complaints newest first (by receivedAt, then id), "
                    + "cursor-paged: follow next until it is null. countsByStatus and incidentRate cover all of "
                    + "them: complaintsLast365Days counts those received in the 365 days up to now, "
                    + "contactsPerComplaint their contacts (the filing is the first) per complaint. Each complaint "
                    + "has the priorComplaints its ComplaintFiled carried (what intake knew when it filed it) and "
                    + "priorComplaintsNow, the same count over the history as it stands now: a complaint imported "
                    + "later with an earlier receivedAt raises the second, never the event. 404 when intake knows no "
                    + "complaint of the customer.")
    @APIResponse(responseCode = "200", description = "A page of the customer's complaints",
            content = @Content(schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "two complaints", value = """
                            {"customerId": "cust-42",
                             "incidentRate": {"complaintsLast365Days": 2, "contactsPerComplaint": 1.50},
                             "countsByStatus": {"FILED": 0, "ASSIGNED": 1, "ACKNOWLEDGED": 0, "RESOLVED": 1,
                                                "REOPENED": 0, "CLOSED": 0},
                             "complaints": [{"complaintId": "3f0c6a52-1d6e-4b7e-9a41-2f4c8d7e9b10",
                                             "receivedAt": "2026-11-20T09:15:00Z", "channel": "PHONE",
                                             "category": "billing", "component": "billing-engine",
                                             "severity": "MAJOR", "status": "ASSIGNED", "ownerId": "emp-7",
                                             "contactCount": 2, "priorComplaints": 1, "priorComplaintsNow": 1,
                                             "similarOpenComplaintIdsNow": []}],
                             "next": "/customers/cust-42/complaints?limit=1&cursor=MjAyNi0xMS0yMFQwOToxNTowMFp8M2Yw"}
                            """)))
    @APIResponse(responseCode = "400", description = "A malformed customer id, limit or cursor; the error names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Intake knows no complaint of this customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page> list(@PathParam("customerId") @Size(min = 1, max = 100) String customerId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor, @Context UriInfo uri) {
        Cursor after = Cursor.parameter(cursor);
        Instant now = clock.instant();
        return CustomerComplaints.page(pool, customerId, after, limit).chain(items -> {
            if (items.isEmpty() && after == null) {
                throw new ProblemException(Problem.of(404, "Not Found",
                        "Intake knows no complaint of customer " + customerId));
            }
            List<Item> page = items.size() > limit ? items.subList(0, limit) : items;
            // The cursor is base64url: nothing in it needs escaping.
            String next = items.size() > limit ? "%s?limit=%d&cursor=%s".formatted(uri.getAbsolutePath().getRawPath(),
                    limit, new Cursor(page.getLast().receivedAt(), page.getLast().complaintId()).encode()) : null;
            return CustomerComplaints.byStatus(pool, customerId).chain(counts -> CustomerComplaints
                    .incidentRate(pool, customerId, now)
                    .map(rate -> new Page(customerId, rate, counts, List.copyOf(page), next)));
        });
    }
}

package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.redress.core.problem.ProblemException;
import io.redress.intake.view.IntakeComplaint;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /complaints}: other systems file complaints here and read back what intake knows of them. */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class ComplaintsResource {

    private final FilingService filing;

    public ComplaintsResource(FilingService filing) {
        this.filing = filing;
    }

    /** The answer to a filing: the complaint's id (also in the Location header). */
    public record Filed(UUID complaintId) {
    }

    @POST
    @Operation(summary = "File a complaint",
            description = "201 with Location for a new complaint; a repeat with the same Idempotency-Key gives 200 "
                    + "and the same id. The complaint is readable at GET /complaints/{id} once intake has consumed "
                    + "its ComplaintFiled event (normally within milliseconds).")
    public Uni<Response> file(@Valid @NotNull FileComplaintRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey, @Context UriInfo uri) {
        return filing.file(request, idempotencyKey).map(result -> Response
                .status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getAbsolutePathBuilder().path(result.complaintId().toString()).build())
                .entity(new Filed(result.complaintId()))
                .build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @Operation(summary = "A complaint as intake knows it")
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return IntakeComplaint.<IntakeComplaint>findById(id).map(row -> {
            if (row == null) {
                throw ProblemException.notFound("complaint", id);
            }
            return ComplaintView.of(row);
        });
    }
}

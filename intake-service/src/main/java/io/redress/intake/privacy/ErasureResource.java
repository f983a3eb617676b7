package io.redress.intake.privacy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.core.problem.Problem;
import io.redress.core.security.Roles;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.intake.history.CustomerHistory;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * {@code DELETE /customers/{customerId}/personal-data}: the right to erasure. Destroys the customer's data key, so
 * their personal fields on the log can no longer be read by anyone, and appends {@code CustomerDataErased} so every
 * view shows them as erased. Counts, times and analytics stay.
 */
@Path("/customers/{customerId}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customers")
public class ErasureResource {

    private static final Logger LOG = Logger.getLogger(ErasureResource.class);

    private final DataKeys keys;
    private final EventPublisher publisher;
    private final Clock clock;
    private final String source;

    public ErasureResource(DataKeys keys, EventPublisher publisher, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.keys = keys;
        this.publisher = publisher;
        this.clock = clock;
        this.source = source;
    }

    /**
     * @param keyDestroyed whether this call destroyed a key (false: there was none, already erased or never filed)
     */
    public record Erased(String customerId, Instant erasedAt, boolean keyDestroyed) {
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "erasePersonalData", summary = "Erase a customer's personal data",
            description = "Role: supervisor. Destroys the customer's data key and appends CustomerDataErased; from "
                    + "then on every API, view and replay shows their name and descriptions as erased "
                    + "(customerName null, erased true). Repeating the call is harmless.")
    @APIResponse(responseCode = "200", description = "Erased (now, or already before)",
            content = @Content(schema = @Schema(implementation = Erased.class),
                    examples = @ExampleObject(name = "erased", value = """
                            {"customerId": "cust-42", "erasedAt": "2026-11-20T10:00:00Z", "keyDestroyed": true}""")))
    @APIResponse(responseCode = "400", description = "The customer id is longer than 100 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Erased> erase(@PathParam("customerId") @Size(max = 100) String customerId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> CustomerHistory.lock(customerId)
                .chain(() -> keys.destroy(customerId))
                .call(() -> publisher.append(EventEnvelope.first(new CustomerDataErased(customerId, now), source)))
                .map(destroyed -> new Erased(customerId, now, destroyed))
                .invoke(erased -> LOG.infof("Erased the personal data of customer %s (key destroyed: %s)",
                        customerId, erased.keyDestroyed())));
    }
}

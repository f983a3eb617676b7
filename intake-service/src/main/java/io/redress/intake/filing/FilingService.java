package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.intake.privacy.DataKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files a complaint: under the customer's lock, reads their history ({@link CustomerHistory}), records the new
 * complaint in it and remembers the idempotency key, appends {@code ComplaintFiled} to the log and commits once the
 * broker acknowledged it. A repeated request files nothing new; concurrent ones for one customer count each other.
 */
@ApplicationScoped
public class FilingService {

    private static final Logger LOG = Logger.getLogger(FilingService.class);

    private final EventPublisher publisher;
    private final DataKeys dataKeys;
    private final Clock clock;
    private final String source;

    public FilingService(EventPublisher publisher, DataKeys dataKeys, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.publisher = publisher;
        this.dataKeys = dataKeys;
        this.clock = clock;
        this.source = source;
    }

    /** The complaint a request filed, and whether this request filed it (false: a repeat of an earlier one). */
    public record Filing(UUID complaintId, boolean created) {
    }

    public Uni<Filing> file(FileComplaintRequest request, String idempotencyKey) {
        Uni<Filing> filing = Panache.withTransaction(() -> fileOnce(request, idempotencyKey));
        // A concurrent request with the same key fails on the key's primary key; the retry then finds it. Should the
        // commit fail after the event was sent, the retry sends the very same event (ids derived from the key), which
        // every consumer skips.
        return idempotencyKey == null ? filing : filing.onFailure().retry().atMost(1);
    }

    private Uni<Filing> fileOnce(FileComplaintRequest request, String idempotencyKey) {
        Uni<IdempotencyKey> known = CustomerHistory.lock(request.customerId()).chain(() -> idempotencyKey == null
                ? Uni.createFrom().nullItem()
                : IdempotencyKey.findById(idempotencyKey));
        return known.chain(key -> key != null
                ? Uni.createFrom().item(new Filing(key.complaintId, false))
                : fileNew(request, idempotencyKey));
    }

    private Uni<Filing> fileNew(FileComplaintRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        UUID complaintId = idempotencyKey == null ? UUID.randomUUID() : derivedId("complaint", idempotencyKey);
        return CustomerHistory.prior(request.customerId(), receivedAt)
                .chain(prior -> CustomerHistory.similarOpen(request.customerId(), request.category())
                        .chain(similar -> dataKeys.forFiling(request.customerId(), now).map(key -> toEvent(
                                request, key, complaintId, now, receivedAt, prior.intValue(), similar))))
                // Written before the event is sent: the consumer meeting the event then finds (and waits for) it.
                .call(() -> CustomerFiling.of(complaintId, request.customerId(), request.category(), receivedAt)
                        .persistAndFlush())
                .call(() -> remember(idempotencyKey, complaintId))
                .call(filed -> publisher.append(envelope(filed, idempotencyKey)))
                .invoke(filed -> LOG.debugf("Filed complaint %s for customer %s (%s, %s, %d prior)",
                        complaintId, filed.customerId(), filed.category(), filed.severity(), filed.priorComplaints()))
                .map(filed -> new Filing(complaintId, true));
    }

    private EventEnvelope envelope(ComplaintFiled filed, String idempotencyKey) {
        return idempotencyKey == null
                ? EventEnvelope.first(filed, source)
                : new EventEnvelope(EventMetadata.firstOf(filed, source, derivedId("event", idempotencyKey)), filed);
    }

    private static UUID derivedId(String kind, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("intake/" + kind + "/" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    private static Uni<Void> remember(String idempotencyKey, UUID complaintId) {
        if (idempotencyKey == null) {
            return Uni.createFrom().voidItem();
        }
        IdempotencyKey key = new IdempotencyKey();
        key.key = idempotencyKey;
        key.complaintId = complaintId;
        return key.persistAndFlush().replaceWithVoid();
    }

    /** The event, with the customer's personal fields encrypted with their data key: never plain on the log. */
    private static ComplaintFiled toEvent(FileComplaintRequest r, DataKeys.DataKey key, UUID complaintId,
            Instant now, Instant receivedAt, int prior, List<UUID> similar) {
        String customer = r.customerId();
        return new ComplaintFiled(complaintId, now, customer, key.seal(r.customerName(), customer), r.channel(),
                r.category(), r.severity(), key.seal(r.description(), customer), r.product(), r.component(),
                r.componentVersion(), r.employeeId(), r.problemOccurredAt(), receivedAt, r.externalRef(),
                r.customerLifetimeValue(), prior, similar);
    }
}

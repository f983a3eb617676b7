package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.intake.history.CustomerFiling;
import io.redress.intake.history.CustomerHistory;
import io.redress.intake.privacy.DataKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files a complaint, in one transaction: under the customer's lock, reads their history ({@link CustomerHistory}),
 * lets {@link Filing#decide} make the event, seals its personal fields with the customer's data key, records the
 * filing in the history and the idempotency key ({@code intake_idempotency_key}), appends {@code ComplaintFiled} to
 * the log and commits once the broker acknowledged it. A repeated request files nothing new; concurrent ones for one
 * customer count each other.
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
    public record Result(UUID complaintId, boolean created) {
    }

    public Uni<Result> file(FileComplaintRequest request, String idempotencyKey) {
        Uni<Result> filing = Panache.withTransaction(() -> fileOnce(request, idempotencyKey));
        // A concurrent request with the same key fails on the key's primary key; the retry then finds it. Should the
        // commit fail after the event was sent, the retry sends the very same event (ids derived from the key), which
        // every consumer skips.
        return idempotencyKey == null ? filing : filing.onFailure().retry().atMost(1);
    }

    private Uni<Result> fileOnce(FileComplaintRequest request, String idempotencyKey) {
        Uni<IdempotencyKey> known = CustomerHistory.lock(request.customerId()).chain(() -> idempotencyKey == null
                ? Uni.createFrom().nullItem()
                : IdempotencyKey.findById(idempotencyKey));
        return known.chain(key -> key != null
                ? Uni.createFrom().item(new Result(key.complaintId, false))
                : fileNew(request, idempotencyKey));
    }

    private Uni<Result> fileNew(FileComplaintRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        UUID complaintId = idempotencyKey == null ? UUID.randomUUID() : derivedId("complaint", idempotencyKey);
        return CustomerHistory.at(request.customerId(), request.category(), Filing.receivedAt(request, now))
                .map(history -> Filing.decide(request, history, now, complaintId))
                .chain(plain -> dataKeys.forFiling(plain.customerId(), now).map(key -> sealed(plain, key)))
                .call(filed -> CustomerHistory.record(CustomerFiling.of(filed)))
                .call(() -> remember(idempotencyKey, complaintId))
                // Everything is written before the event is sent: the consumer meeting it finds (or waits for) them.
                .call(Panache::flush)
                .call(filed -> publisher.append(envelope(filed, idempotencyKey)))
                .invoke(filed -> LOG.debugf("Filed complaint %s for customer %s (%s, %s, %d prior)",
                        complaintId, filed.customerId(), filed.category(), filed.severity(), filed.priorComplaints()))
                .map(filed -> new Result(complaintId, true));
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
        return key.persist().replaceWithVoid();
    }

    /** The event with the customer's personal fields encrypted with their data key: never plain on the log. */
    private static ComplaintFiled sealed(ComplaintFiled plain, DataKeys.DataKey key) {
        String customer = plain.customerId();
        return new ComplaintFiled(plain.complaintId(), plain.occurredAt(), customer,
                key.seal(plain.customerName(), customer), plain.channel(), plain.category(), plain.severity(),
                key.seal(plain.description(), customer), plain.product(), plain.component(),
                plain.componentVersion(), plain.employeeId(), plain.problemOccurredAt(), plain.receivedAt(),
                plain.externalRef(), plain.customerLifetimeValue(), plain.priorComplaints(),
                plain.similarOpenComplaintIds());
    }
}

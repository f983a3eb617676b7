package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.intake.view.IntakeComplaint;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files a complaint: looks up the customer's history in intake's view, appends {@code ComplaintFiled} to the log,
 * and remembers the idempotency key in the same transaction, so a repeated request files nothing new.
 */
@ApplicationScoped
public class FilingService {

    private static final Logger LOG = Logger.getLogger(FilingService.class);
    private static final Duration HISTORY_WINDOW = Duration.ofDays(365);

    private final EventPublisher publisher;
    private final Clock clock;
    private final String source;

    public FilingService(EventPublisher publisher, Clock clock, @ConfigProperty(name = "redress.source") String source) {
        this.publisher = publisher;
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
        Uni<IdempotencyKey> known = idempotencyKey == null
                ? Uni.createFrom().nullItem()
                : IdempotencyKey.findById(idempotencyKey);
        return known.chain(key -> key != null
                ? Uni.createFrom().item(new Filing(key.complaintId, false))
                : fileNew(request, idempotencyKey));
    }

    private Uni<Filing> fileNew(FileComplaintRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        UUID complaintId = idempotencyKey == null ? UUID.randomUUID() : derivedId("complaint", idempotencyKey);
        return priorComplaints(request.customerId(), receivedAt)
                .chain(prior -> similarOpen(request.customerId(), request.category())
                        .map(similar -> toEvent(request, complaintId, now, receivedAt, prior.intValue(), similar)))
                .call(() -> remember(idempotencyKey, complaintId))
                .call(filed -> publisher.append(envelope(filed, idempotencyKey)))
                .invoke(filed -> LOG.infof("Filed complaint %s for customer %s (%s, %s, %d prior)",
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

    private static Uni<Long> priorComplaints(String customerId, Instant receivedAt) {
        return IntakeComplaint.count("customerId = ?1 and receivedAt >= ?2 and receivedAt < ?3",
                customerId, receivedAt.minus(HISTORY_WINDOW), receivedAt);
    }

    private static Uni<List<UUID>> similarOpen(String customerId, String category) {
        return IntakeComplaint.<IntakeComplaint>list("customerId = ?1 and category = ?2 and closed = false",
                customerId, category).map(rows -> rows.stream().map(row -> row.complaintId).toList());
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

    private static ComplaintFiled toEvent(FileComplaintRequest r, UUID complaintId, Instant now, Instant receivedAt,
            int prior, List<UUID> similar) {
        return new ComplaintFiled(complaintId, now, r.customerId(), r.customerName(), r.channel(), r.category(),
                r.severity(), r.description(), r.product(), r.component(), r.componentVersion(), r.employeeId(),
                r.problemOccurredAt(), receivedAt, r.externalRef(), r.customerLifetimeValue(), prior, similar);
    }
}

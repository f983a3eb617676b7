package io.redress.intake.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.intake.TransactionLocks;
import io.redress.intake.filing.RequestKeys.Verdict;
import io.redress.intake.filing.RequestKeys.Wanted;
import io.redress.intake.history.CustomerFiling;
import io.redress.intake.history.CustomerHistory;
import io.redress.intake.privacy.DataKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files a complaint, in one transaction: under the locks of its request keys ({@link RequestKeys}: the client's
 * {@code Idempotency-Key} and {@code externalRef}) and of the customer, finds what is stored under its keys; a repeat
 * of an earlier request answers with that complaint, a different request under a used key is refused (422). A new
 * one reads the customer's history ({@link CustomerHistory}), lets {@link Filing#decide} make the event, seals its
 * personal fields with the customer's data key, records the filing in the history and its keys, appends
 * {@code ComplaintFiled} and commits once the broker acknowledged it. Concurrent requests with one key wait for each
 * other (the second answers 200); concurrent ones for one customer count each other.
 */
@ApplicationScoped
public class FilingService {

    private static final Logger LOG = Logger.getLogger(FilingService.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final EventPublisher publisher;
    private final DataKeys dataKeys;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;
    private final Duration retention;
    private volatile Instant prunedAt = Instant.EPOCH;

    public FilingService(EventPublisher publisher, DataKeys dataKeys, ObjectMapper mapper, Clock clock,
            @ConfigProperty(name = "redress.source") String source,
            @ConfigProperty(name = "redress.idempotency.retention") Duration retention) {
        this.publisher = publisher;
        this.dataKeys = dataKeys;
        this.mapper = mapper;
        this.clock = clock;
        this.source = source;
        this.retention = retention;
    }

    /** The complaint a request filed, and whether this request filed it (false: a repeat of an earlier one). */
    public record Result(UUID complaintId, boolean created) {
    }

    /** @param subject the calling client (the token's subject): the scope of its keys */
    public Uni<Result> file(FileComplaintRequest request, String subject, String idempotencyKey) {
        String client = RequestKeys.client(subject);
        List<Wanted> keys = RequestKeys.of(idempotencyKey, request.externalRef());
        byte[] hash = RequestKeys.hash(canonical(request));
        Uni<Result> filing = Panache.withTransaction(() -> fileOnce(request, client, keys, hash));
        // Should the commit fail after the event was sent, the retry sends the very same event (ids derived from the
        // key), which every consumer skips.
        return keys.isEmpty() ? filing
                : filing.onFailure(failure -> !(failure instanceof ProblemException)).retry().atMost(1);
    }

    private Uni<Result> fileOnce(FileComplaintRequest request, String client, List<Wanted> keys, byte[] hash) {
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (Wanted key : keys) {
            locked = locked.chain(() -> TransactionLocks.lock(
                    "request-key/%s/%s/%s".formatted(client, key.kind().column, key.key())));
        }
        // The time is read under the locks: a filing's default receivedAt is after every one it waited for, which
        // it therefore counts as prior.
        return locked.chain(() -> CustomerHistory.lock(request.customerId()))
                .chain(() -> stored(client, keys))
                .chain(stored -> decide(request, client, keys, hash, stored, clock.instant()));
    }

    private Uni<Result> decide(FileComplaintRequest request, String client, List<Wanted> keys, byte[] hash,
            List<RequestKey> stored, Instant now) {
        List<RequestKeys.Stored> known = stored.stream().map(RequestKey::stored).toList();
        Uni<Result> result = switch (RequestKeys.judge(known, hash, now, retention)) {
            case Verdict.New ignored -> fileNew(request, client, keys, known, now)
                    .call(filed -> remember(client, keys, stored, hash, filed.complaintId(), now));
            case Verdict.Repeat repeat -> remember(client, keys, stored, hash, repeat.complaintId(), now)
                    .replaceWith(new Result(repeat.complaintId(), false));
            case Verdict.Conflict conflict -> Uni.createFrom().failure(refusal(conflict));
        };
        return result.call(() -> pruneIfDue(now));
    }

    private Uni<Result> fileNew(FileComplaintRequest request, String client, List<Wanted> keys,
            List<RequestKeys.Stored> expired, Instant now) {
        UUID complaintId = RequestKeys.derivedId("complaint", client, keys, expired);
        UUID eventId = RequestKeys.derivedId("event", client, keys, expired);
        return CustomerHistory.at(request.customerId(), request.category(), Filing.receivedAt(request, now))
                .map(history -> Filing.decide(request, history, now, complaintId))
                .chain(plain -> dataKeys.forFiling(plain.customerId(), now).map(key -> sealed(plain, key)))
                .call(filed -> CustomerHistory.record(CustomerFiling.of(filed)))
                // Everything is written before the event is sent: the consumer meeting it finds (or waits for) them.
                .call(Panache::flush)
                .call(filed -> publisher.append(envelope(filed, keys, eventId)))
                .invoke(filed -> LOG.debugf("Filed complaint %s for customer %s (%s, %s, %d prior)",
                        complaintId, filed.customerId(), filed.category(), filed.severity(), filed.priorComplaints()))
                .map(filed -> new Result(complaintId, true));
    }

    private EventEnvelope envelope(ComplaintFiled filed, List<Wanted> keys, UUID eventId) {
        return keys.isEmpty()
                ? EventEnvelope.first(filed, source)
                : new EventEnvelope(EventMetadata.firstOf(filed, source, eventId), filed);
    }

    /** What is stored under the request's keys, read one after the other: a Hibernate session serves one at a time. */
    private static Uni<List<RequestKey>> stored(String client, List<Wanted> keys) {
        Uni<List<RequestKey>> found = Uni.createFrom().item(new ArrayList<>());
        for (Wanted key : keys) {
            found = found.call(list -> RequestKey.<RequestKey>findById(
                    new RequestKey.Pk(client, key.kind().column, key.key())).invoke(stored -> {
                        if (stored != null) {
                            list.add(stored);
                        }
                    }));
        }
        return found;
    }

    /** Stores every key of the request that does not yet point at the complaint; an expired row is renewed. */
    private static Uni<Void> remember(String client, List<Wanted> keys, List<RequestKey> stored, byte[] hash,
            UUID complaintId, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Wanted wanted : keys) {
            RequestKey old = stored.stream().filter(key -> key.kind.equals(wanted.kind().column)).findFirst()
                    .orElse(null);
            if (old != null && old.complaintId.equals(complaintId)) {
                continue;
            }
            // A row that was loaded is managed by the session: its new values are written at the commit.
            RequestKey row = old != null ? old : new RequestKey();
            row.clientId = client;
            row.kind = wanted.kind().column;
            row.key = wanted.key();
            row.requestHash = hash;
            row.complaintId = complaintId;
            row.createdAt = now;
            if (old == null) {
                chain = chain.chain(() -> row.persist().replaceWithVoid());
            }
        }
        return chain;
    }

    private Uni<Void> pruneIfDue(Instant now) {
        if (now.isBefore(prunedAt.plus(PRUNE_EVERY))) {
            return Uni.createFrom().voidItem();
        }
        prunedAt = now;
        // A plain delete by age: safe when several instances run it.
        return RequestKey.delete("createdAt < ?1", now.minus(retention))
                .invoke(pruned -> LOG.debugf("Pruned %d request keys older than %s", pruned, retention))
                .replaceWithVoid();
    }

    private static ProblemException refusal(Verdict.Conflict conflict) {
        return new ProblemException(Problem.of(422, "Key reused for a different request",
                "%s '%s' was used by this client for a different request (complaint %s); a new request needs a new key"
                        .formatted(conflict.kind().field, conflict.key(), conflict.complaintId()))
                .withErrors(List.of(new Problem.FieldError(conflict.kind().field,
                        "already used for a different request"))));
    }

    private byte[] canonical(FileComplaintRequest request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a filing request", e);
        }
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

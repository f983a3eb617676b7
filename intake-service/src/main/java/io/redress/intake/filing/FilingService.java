package io.redress.intake.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.redress.core.events.EventPublisher;
import io.redress.core.privacy.DataKeyStore;
import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import io.redress.core.sql.Sql;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.intake.filing.FilingBatch.Decision;
import io.redress.intake.filing.FilingBatch.Plan;
import io.redress.intake.filing.RequestKeys.Ref;
import io.redress.intake.filing.RequestKeys.Stored;
import io.redress.intake.filing.RequestKeys.Verdict;
import io.redress.intake.filing.RequestKeys.Wanted;
import io.redress.intake.history.CustomerHistory;
import io.redress.intake.privacy.DataKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Files submissions, a batch in one transaction, whichever door they came in (one from HTTP, a poll's worth from
 * {@code complaint-submissions}): takes the advisory locks of their request keys ({@link RequestKeys}) and customers
 * (in one ordered statement), loads what is stored under the keys and the customers' histories, lets the pure
 * {@link FilingBatch} decide, seals the personal fields with the customers' data keys, writes the filings and keys,
 * appends the {@code ComplaintFiled} events and commits once the broker acknowledged them. Concurrent requests with
 * one key wait for each other (the second is a repeat); concurrent filings for one customer count each other.
 */
@ApplicationScoped
public class FilingService {

    private static final Logger LOG = Logger.getLogger(FilingService.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final Pool pool;
    private final EventPublisher publisher;
    private final DataKeys dataKeys;
    private final ObjectWriter canonical;
    private final FilingRules rules;
    private final Clock clock;
    private final String source;
    private final Duration retention;
    private volatile Instant prunedAt = Instant.EPOCH;

    public FilingService(Pool pool, EventPublisher publisher, DataKeys dataKeys, ObjectMapper mapper,
            FilingRules rules, Clock clock, @ConfigProperty(name = "redress.source") String source,
            @ConfigProperty(name = "redress.idempotency.retention") Duration retention) {
        this.pool = pool;
        this.publisher = publisher;
        this.dataKeys = dataKeys;
        this.canonical = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
        this.rules = rules;
        this.clock = clock;
        this.source = source;
        this.retention = retention;
    }

    /** The complaint a request filed, and whether this request filed it (false: a repeat of an earlier one). */
    public record Result(UUID complaintId, boolean created) {
    }

    /** The submission a request (or record) makes: its client scope, keys and hash. */
    public Submission submission(FileComplaintRequest request, String subject, String idempotencyKey,
            String origin) {
        return new Submission(request, RequestKeys.client(subject), RequestKeys.of(idempotencyKey,
                request.externalRef()), RequestKeys.hash(canonical(request)), origin);
    }

    /**
     * Files one request from HTTP.
     *
     * @param subject the calling client (the token's subject): the scope of its keys
     */
    public Uni<Result> file(FileComplaintRequest request, String subject, String idempotencyKey) {
        Submission submission = submission(request, subject, idempotencyKey, null);
        Uni<Result> filing = fileAll(List.of(submission)).map(decisions -> switch (decisions.getFirst()) {
            case Decision.Filed filed -> new Result(filed.plain().complaintId(), true);
            case Decision.Repeat repeat -> new Result(repeat.complaintId(), false);
            case Decision.Conflict conflict -> throw refusal(conflict.conflict());
        });
        // Should the commit fail after the event was sent, the retry sends the very same event (ids derived from the
        // key), which every consumer skips.
        return submission.keys().isEmpty() ? filing
                : filing.onFailure(failure -> !(failure instanceof ProblemException)).retry().atMost(1);
    }

    /** Files a batch in one transaction; one decision per submission, in order. */
    public Uni<List<Decision>> fileAll(List<Submission> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.withTransaction(tx -> Sql.lockAll(tx, lockNames(batch))
                        .chain(() -> storedKeys(tx, batch))
                        .chain(stored -> CustomerHistory.of(tx, customers(batch)).chain(histories -> {
                            // Read under the locks: a filing's default receivedAt is after every one it waited for,
                            // which it therefore counts as prior.
                            Instant now = clock.instant();
                            Plan plan = FilingBatch.decide(batch, stored, histories, rules, now, retention);
                            return write(tx, plan, now).replaceWith(plan.decisions());
                        })))
                .call(() -> pruneIfDue(clock.instant()));
    }

    private Uni<Void> write(SqlConnection tx, Plan plan, Instant now) {
        Set<String> filingCustomers = new LinkedHashSet<>();
        plan.filings().forEach(filing -> filingCustomers.add(filing.customerId()));
        return dataKeys.forFilings(tx, filingCustomers, now).chain(keys -> {
            List<EventEnvelope> events = new ArrayList<>();
            for (Decision decision : plan.decisions()) {
                if (decision instanceof Decision.Filed filed) {
                    ComplaintFiled sealed = sealed(filed.plain(), keys.get(filed.plain().customerId()));
                    events.add(new EventEnvelope(EventMetadata.firstOf(sealed, source, filed.eventId()), sealed));
                    LOG.debugf("Filing complaint %s for customer %s (%s, %s, %d prior)", sealed.complaintId(),
                            sealed.customerId(), sealed.category(), sealed.severity(), sealed.priorComplaints());
                }
            }
            // Everything is written before the events are sent: the consumer meeting one finds (or waits for) them.
            return CustomerHistory.addMissing(tx, plan.filings())
                    .chain(() -> writeKeys(tx, plan.keys()))
                    .chain(() -> publisher.appendAll(events));
        });
    }

    private static List<String> lockNames(List<Submission> batch) {
        List<String> names = new ArrayList<>();
        for (Submission submission : batch) {
            submission.keys().forEach(key -> names.add(key.of(submission.client()).lockName()));
            names.add(CustomerHistory.lockName(submission.request().customerId()));
        }
        return names;
    }

    private static Set<String> customers(List<Submission> batch) {
        Set<String> customers = new LinkedHashSet<>();
        batch.forEach(submission -> customers.add(submission.request().customerId()));
        return customers;
    }

    /** What {@code intake_request_key} holds under the batch's keys, in one query. */
    private static Uni<Map<Ref, Stored>> storedKeys(SqlConnection tx, List<Submission> batch) {
        List<Ref> refs = new ArrayList<>();
        for (Submission submission : batch) {
            for (Wanted key : submission.keys()) {
                refs.add(key.of(submission.client()));
            }
        }
        if (refs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.query(tx, """
                        select client_id, kind, request_key, request_hash, complaint_id, created_at
                        from intake_request_key
                        where (client_id, kind, request_key) in (select * from unnest($1::text[], $2::text[], $3::text[]))""",
                refs.stream().map(Ref::client).toArray(String[]::new),
                refs.stream().map(ref -> ref.kind().column).toArray(String[]::new),
                refs.stream().map(Ref::key).toArray(String[]::new)).map(rows -> {
                    Map<Ref, Stored> stored = new HashMap<>();
                    for (Row row : rows) {
                        RequestKeys.Kind kind = RequestKeys.Kind.fromColumn(row.getString("kind"));
                        String key = row.getString("request_key");
                        stored.put(new Ref(row.getString("client_id"), kind, key), new Stored(kind, key,
                                row.getBuffer("request_hash").getBytes(), row.getUUID("complaint_id"),
                                Sql.instant(row, "created_at")));
                    }
                    return stored;
                });
    }

    /** Writes new and renewed keys in one statement. */
    private static Uni<Void> writeKeys(SqlConnection tx, Map<Ref, Stored> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map.Entry<Ref, Stored>> rows = List.copyOf(keys.entrySet());
        return Sql.execute(tx, """
                        insert into intake_request_key
                            (client_id, kind, request_key, request_hash, complaint_id, created_at)
                        select * from unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::uuid[],
                            $6::timestamptz[])
                        on conflict (client_id, kind, request_key) do update set request_hash = excluded.request_hash,
                            complaint_id = excluded.complaint_id, created_at = excluded.created_at""",
                rows.stream().map(row -> row.getKey().client()).toArray(String[]::new),
                rows.stream().map(row -> row.getKey().kind().column).toArray(String[]::new),
                rows.stream().map(row -> row.getKey().key()).toArray(String[]::new),
                rows.stream().map(row -> Buffer.buffer(row.getValue().requestHash())).toArray(Buffer[]::new),
                rows.stream().map(row -> row.getValue().complaintId()).toArray(UUID[]::new),
                rows.stream().map(row -> Sql.time(row.getValue().createdAt())).toArray(OffsetDateTime[]::new));
    }

    private Uni<Void> pruneIfDue(Instant now) {
        if (now.isBefore(prunedAt.plus(PRUNE_EVERY))) {
            return Uni.createFrom().voidItem();
        }
        prunedAt = now;
        // A plain delete by age: safe when several instances run it.
        return Sql.query(pool, "delete from intake_request_key where created_at < $1", Sql.time(now.minus(retention)))
                .invoke(pruned -> LOG.debugf("Pruned %d request keys older than %s", pruned.rowCount(), retention))
                .replaceWithVoid();
    }

    private static ProblemException refusal(Verdict.Conflict conflict) {
        return new ProblemException(Problem.of(422, "Key reused for a different request",
                "%s '%s' was used by this client for a different request (complaint %s); a new request needs a new key"
                        .formatted(conflict.kind().field, conflict.key(), conflict.complaintId()))
                .withErrors(List.of(new Problem.FieldError(conflict.kind().field,
                        "already used for a different request", conflict.kind() == RequestKeys.Kind.EXTERNAL_REF
                                ? "/externalRef" : null))));
    }

    /**
     * The request's canonical JSON, the input of its hash: the same fields and values give the same bytes however
     * they were sent; absent fields are left out, so a new optional field changes no earlier request's hash.
     */
    byte[] canonical(FileComplaintRequest request) {
        try {
            return canonical.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a filing request", e);
        }
    }

    /** The event with the customer's personal fields encrypted with their data key: never plain on the log. */
    private static ComplaintFiled sealed(ComplaintFiled plain, DataKeyStore.DataKey key) {
        String customer = plain.customerId();
        return new ComplaintFiled(plain.complaintId(), plain.occurredAt(), customer,
                key.seal(plain.customerName(), customer), plain.channel(), plain.category(), plain.severity(),
                key.seal(plain.description(), customer), plain.product(), plain.component(),
                plain.componentVersion(), plain.employeeId(), plain.problemOccurredAt(), plain.receivedAt(),
                plain.externalRef(), plain.customerLifetimeValue(), plain.priorComplaints(),
                plain.similarOpenComplaintIds(), plain.language());
    }
}

package io.redress.intake.submissions;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.redress.core.VertxContexts;
import io.redress.core.consumer.DeadLetters;
import io.redress.core.consumer.Outages;
import io.redress.intake.filing.FilingBatch.Decision;
import io.redress.intake.filing.FilingService;
import io.redress.intake.filing.Submission;
import io.redress.intake.filing.SubmissionReader;
import io.redress.intake.filing.SubmissionReader.Read;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Files the complaints other systems publish on {@code complaint-submissions}, a poll at a time: each record is read
 * like a {@code POST /complaints} body ({@link SubmissionReader}), its client named by its {@code redress_client}
 * header, and the valid ones are filed in one transaction ({@link FilingService#fileAll}); the poll's offsets are
 * committed only after that and after every rejected record is on {@code complaint-submissions-dlq}
 * ({@link Rejection} says why). A repeat of a filed externalRef with the same body, or a redelivered record, is
 * dropped and counted. While the database or the broker does not answer, the batch is retried with back-off; a batch
 * that fails although both answer is filed record by record, and a record that fails alone twice is dead-lettered.
 */
@ApplicationScoped
public class SubmissionsConsumer {

    static final String CHANNEL = "complaint-submissions";
    static final String DLQ_CHANNEL = "complaint-submissions-dlq";
    private static final Logger LOG = Logger.getLogger(SubmissionsConsumer.class);

    private final SubmissionReader reader;
    private final FilingService filing;
    private final Pool pool;
    private final Clock clock;
    private final MutinyEmitter<byte[]> deadLetters;
    private final MeterRegistry registry;

    public SubmissionsConsumer(SubmissionReader reader, FilingService filing, Pool pool, Clock clock,
            @Channel(DLQ_CHANNEL) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.reader = reader;
        this.filing = filing;
        this.pool = pool;
        this.clock = clock;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    /** A record read as a valid submission. */
    private record Pending(ConsumerRecord<String, byte[]> record, Submission submission) {
    }

    /** What became of a pending record: its decision, or why it could not be filed. */
    private record Attempted(Pending pending, Decision decision, String failure) {
    }

    /** Set when the application stops: a batch held up by an outage then stops retrying (its offsets stay). */
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> polled) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Pending> pending = new ArrayList<>();
        List<Uni<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : polled) {
            String client = client(record);
            if (client == null) {
                rejected.add(reject(record, Rejection.missingClient()));
                continue;
            }
            switch (reader.read(record.value() == null ? new byte[0] : record.value(), now)) {
                case Read.Valid valid -> pending.add(new Pending(record, filing.submission(valid.request(), client,
                        null, "%s/%d/%d".formatted(record.topic(), record.partition(), record.offset()))));
                case Read.Invalid invalid -> rejected.add(reject(record, Rejection.of(invalid)));
            }
        }
        Context context = Vertx.currentContext();
        return attempt(pending, 0, context).chain(attempted -> {
            for (Attempted each : attempted) {
                switch (each.decision()) {
                    case null -> rejected.add(reject(each.pending().record(), Rejection.failed(each.failure())));
                    case Decision.Filed filed -> counted("filed");
                    case Decision.Repeat repeat -> {
                        counted("repeat");
                        LOG.debugf("Dropped submission %s: a repeat of complaint %s", where(each.pending().record()),
                                repeat.complaintId());
                    }
                    case Decision.Conflict conflict ->
                            rejected.add(reject(each.pending().record(), Rejection.conflict(conflict.conflict())));
                }
            }
            LOG.debugf("Submissions batch of %d records: %d to file, %d dead-lettered, done in %d ms", polled.count(),
                    pending.size(), rejected.size(), (System.nanoTime() - started) / 1_000_000);
            return rejected.isEmpty() ? Uni.createFrom().voidItem()
                    : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        });
    }

    private Uni<List<Attempted>> attempt(List<Pending> batch, int failures, Context context) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return filing.fileAll(batch.stream().map(Pending::submission).toList())
                .map(decisions -> {
                    List<Attempted> attempted = new ArrayList<>(batch.size());
                    for (int i = 0; i < batch.size(); i++) {
                        attempted.add(new Attempted(batch.get(i), decisions.get(i), null));
                    }
                    return attempted;
                })
                .onFailure(error -> !stopping).recoverWithUni(error -> Outages.answer(pool, error).chain(answers -> {
                    String reason = Outages.reason(error);
                    if (!answers || failures == 0 && batch.size() == 1) {
                        if (!answers) {
                            LOG.warnf("Filing %d submissions is held up, retrying with back-off: %s", batch.size(),
                                    reason);
                        }
                        return pause(failures, context).chain(() -> attempt(batch, failures + 1, context));
                    }
                    if (batch.size() > 1) {
                        LOG.warnf("A batch of %d submissions failed although the database answers (%s); filing them "
                                + "one by one", batch.size(), reason);
                        return Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(one -> attempt(List.of(one), 0, context))
                                .collect().asList().map(lists -> lists.stream().flatMap(List::stream).toList());
                    }
                    return Uni.createFrom().item(List.of(new Attempted(batch.getFirst(), null, reason)));
                }));
    }

    private static Uni<Void> pause(int failures, Context context) {
        return VertxContexts.backOn(context,
                Uni.createFrom().voidItem().onItem().delayIt().by(Outages.backoff(failures)));
    }

    private Uni<Void> reject(ConsumerRecord<String, byte[]> record, Rejection rejection) {
        return deadLetters.sendMessage(DeadLetters.copy(record, rejection.headers())).invoke(() -> {
            counted(rejection.reason());
            LOG.warnf("Dead-lettered submission %s (key %s) to %s: %s: %s", where(record), record.key(), DLQ_CHANNEL,
                    rejection.reason(), rejection.detail());
        });
    }

    private void counted(String outcome) {
        registry.counter("redress.submissions", "outcome", outcome).increment();
    }

    /** The sending system named by the record's {@code redress_client} header; null when it has none. */
    private static String client(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Rejection.CLIENT_HEADER);
        if (header == null || header.value() == null) {
            return null;
        }
        String client = new String(header.value(), StandardCharsets.UTF_8).strip();
        return client.isEmpty() ? null : client;
    }

    private static String where(ConsumerRecord<String, byte[]> record) {
        return "%s-%d@%d".formatted(record.topic(), record.partition(), record.offset());
    }
}

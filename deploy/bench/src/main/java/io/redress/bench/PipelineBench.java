package io.redress.bench;

import io.redress.events.EventEnvelope;
import io.redress.events.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;

/**
 * Pipeline throughput: complaints per second filed and fully processed by every service, through REST with
 * concurrent clients, and with {@code ComplaintFiled} written straight to the log (the consumers' pipeline alone).
 */
final class PipelineBench {

    private final BenchSystem system;
    private final ServiceClient client;
    private final Progress progress;

    PipelineBench(BenchSystem system, ServiceClient client, Progress progress) {
        this.system = system;
        this.client = client;
        this.progress = progress;
    }

    /** {@code clients} closed-loop clients file {@code count} complaints through {@code POST /complaints}. */
    Result.Pipeline rest(Complaints complaints, int count, int clients, Duration cap) throws Exception {
        Completion completion = new Completion(client, progress);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpResponse<String> answer = client.file(complaints.request(i)).join();
                        if (answer.statusCode() != 201) {
                            refused.incrementAndGet();
                        }
                        progress.every(i, count, "REST filing");
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " of " + count + " complaints were not answered 201");
        }
        Result.Rate accepted = Result.Rate.of(count, System.nanoTime() - start, "complaints", 0);
        progress.say("  intake accepted %,d complaints at %,.0f/s; waiting for every service", count,
                accepted.perSecond());
        return completion.await("REST, %d clients".formatted(clients), accepted, start, count, 2L * count,
                complaints.from(), complaints.to(count), cap);
    }

    /** {@code ComplaintFiled} written straight to {@code complaint-events} as intake would write them. */
    Result.Pipeline direct(Complaints complaints, int count, Duration cap) {
        Completion completion = new Completion(client, progress);
        long start = System.nanoTime();
        try (LogWriter writer = new LogWriter(system.endpoints().kafkaBootstrapServers())) {
            for (int i = 0; i < count; i++) {
                writer.send(writer.record(Topics.COMPLAINT_EVENTS, complaints.filed(i, Instant.now())));
            }
            writer.flush();
        }
        Result.Rate accepted = Result.Rate.of(count, System.nanoTime() - start, "complaints", 0);
        progress.say("  wrote %,d ComplaintFiled at %,.0f/s; waiting for every service", count, accepted.perSecond());
        return completion.await("straight to complaint-events", accepted, start, count, 2L * count,
                complaints.from(), complaints.to(count), cap);
    }

    /** Through {@code complaint-submissions}: measured once a service reads that topic. */
    Result.Pipeline submissions() throws Exception {
        if (!anyGroupReads(Topics.COMPLAINT_SUBMISSIONS)) {
            return new Result.Pipeline("through complaint-submissions",
                    Result.Rate.skipped("no service reads complaint-submissions yet"), null, Map.of());
        }
        throw new IllegalStateException("a service reads complaint-submissions: add its measurement to the bench");
    }

    private boolean anyGroupReads(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.endpoints().kafkaBootstrapServers()))) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId).toList();
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get().values()) {
                if (group.members().stream().anyMatch(member -> member.assignment().topicPartitions().stream()
                        .anyMatch(tp -> tp.topic().equals(topic)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Writes {@code events} events as filed/assigned pairs, as intake and resolution would.
     *
     * @return the id of the last complaint written
     */
    static UUID fill(BenchSystem system, Complaints complaints, int events, Progress progress) {
        int count = events / 2;
        UUID last = null;
        try (LogWriter writer = new LogWriter(system.endpoints().kafkaBootstrapServers())) {
            for (int i = 0; i < count; i++) {
                Instant now = Instant.now();
                EventEnvelope filed = complaints.filed(i, now);
                writer.send(writer.record(Topics.COMPLAINT_EVENTS, filed));
                writer.send(writer.record(Topics.COMPLAINT_EVENTS, Complaints.assigned(filed, now)));
                last = UUID.fromString(filed.key());
                progress.every(2L * (i + 1), events, "writing the log");
            }
            writer.flush();
        }
        return last;
    }
}

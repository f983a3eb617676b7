package io.redress.bench;

import io.redress.events.EventEnvelope;
import io.redress.events.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pipeline throughput: complaints per second filed and fully processed by every service, through REST with
 * concurrent clients, through {@code complaint-submissions}, and with {@code ComplaintFiled} written straight to the
 * log (the consumers' pipeline alone); and the rate at which intake files a shuffled import of history.
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

    /**
     * Through {@code complaint-submissions}: {@code count} current complaints published as other systems would (the
     * {@code POST /complaints} body, header {@code redress_client}); accepted/s is intake's filing rate, processed/s
     * as for the other rows.
     */
    Result.Pipeline submissions(Complaints complaints, int count, Duration cap) {
        Completion completion = new Completion(client, progress);
        long filedBefore = client.submissionsFiled();
        List<ProducerRecord<String, byte[]>> records = submissions(count, complaints::request);
        long start = System.nanoTime();
        publish(records, "publishing submissions");
        Result.Rate filed = awaitFiled(filedBefore, count, start, cap, "through complaint-submissions");
        return completion.await("through complaint-submissions", filed, start, count, 2L * count,
                complaints.from(), complaints.to(count), cap);
    }

    /**
     * An import: {@code count} historical complaints of {@code count / 10} customers, received over the two years
     * before the phase's window, published in shuffled order. The figure is intake's filing rate (from the first
     * record published to the last one filed, the records encoded beforehand); the other services' catch-up is not
     * waited for. What each process's CPU did meanwhile is added to {@code cpu}.
     */
    Result.Pipeline imports(Complaints complaints, int count, Duration cap, String label, List<Result.CpuUse> cpu) {
        long filedBefore = client.submissionsFiled();
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, new Random(42));
        Duration span = Duration.ofDays(730);
        Instant first = complaints.from().minus(span);
        int customers = Math.max(1, count / 10);
        List<ProducerRecord<String, byte[]>> records = submissions(count, i -> {
            int which = order.get(i);
            Map<String, Object> body = complaints.request(which);
            body.put("customerId", "import-" + which % customers + "-" + complaints.from().toEpochMilli());
            body.put("receivedAt", first.plusMillis(span.toMillis() / count * which).toString());
            body.put("externalRef", "import-" + which);
            return body;
        });
        Map<String, Double> cpuBefore = CpuTime.now(system);
        long start = System.nanoTime();
        publish(records, "publishing the import");
        Result.Rate filed = awaitFiled(filedBefore, count, start, cap, "import");
        cpu.add(new Result.CpuUse(label, filed.seconds(), Runtime.getRuntime().availableProcessors(), filed.count(),
                CpuTime.between(cpuBefore, CpuTime.now(system))));
        return new Result.Pipeline(label, filed, null, Map.of());
    }

    /**
     * The records other systems would publish, encoded before the clock starts (as the producer baseline's are): the
     * figure is then the system's, not the load generator's JSON encoding.
     */
    private static List<ProducerRecord<String, byte[]>> submissions(int count, IntFunction<Map<String, Object>> body) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> submission = body.apply(i);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMPLAINT_SUBMISSIONS,
                    (String) submission.get("customerId"), ServiceClient.bytes(submission));
            record.headers().add("redress_client", "bench".getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        return records;
    }

    private void publish(List<ProducerRecord<String, byte[]>> records, String what) {
        try (LogWriter writer = new LogWriter(system.endpoints().kafkaBootstrapServers())) {
            for (int i = 0; i < records.size(); i++) {
                writer.send(records.get(i));
                progress.every(i + 1, records.size(), what);
            }
            writer.flush();
        }
    }

    /** Waits until intake filed {@code count} more submissions than {@code before}, or the cap passed. */
    private Result.Rate awaitFiled(long before, int count, long start, Duration cap, String what) {
        long deadline = start + cap.toNanos();
        long filed = 0;
        while (true) {
            try {
                filed = client.submissionsFiled() - before;
            } catch (RuntimeException e) {
                progress.say("  %s: intake did not answer its metrics this round (%s)", what, e.getMessage());
            }
            if (filed >= count) {
                Result.Rate rate = Result.Rate.of(count, System.nanoTime() - start, "complaints", 0);
                progress.say("  intake filed %,d submissions at %,.0f/s", count, rate.perSecond());
                return rate;
            }
            if (System.nanoTime() > deadline) {
                return Result.Rate.capped(filed, System.nanoTime() - start, "complaints", count);
            }
            progress.every(filed, count, what + ": filed by intake");
            Waits.pause(Duration.ofMillis(50));
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

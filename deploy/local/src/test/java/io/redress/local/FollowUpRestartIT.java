package io.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redress.embedded.testing.KafkaProbe;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.Severity;
import io.redress.events.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of followup-service from their built jar, through the real broker: both are killed ({@code kill -9})
 * while a check-in is planned, it falls due while they are down, and they start again. The check-in must go out
 * exactly once: one {@code FollowUpSent}, one notification on {@code complaint-notifications}.
 */
class FollowUpRestartIT {

    private static final String SENT = "io.redress.complaint.FollowUpSent.v1";
    private static final Duration CHECK_IN_AFTER = Duration.ofSeconds(20);

    private static LocalSystem system;
    private static KafkaProbe kafka;

    @BeforeAll
    static void startTwoFollowUps() throws Exception {
        Path repo = Path.of(System.getProperty("redress.repo", "../..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory(repo.resolve("deploy/local/target"), "followup-");
        JwtKeys.ensure(dataDir);
        system = LocalSystem.start(new LocalSystem.Options(repo, dataDir, LocalSystem.freePort(),
                LocalSystem.freePort(), 3, Map.of("followup", LocalSystem.freePort()),
                // A killed member is noticed within seconds instead of Kafka's default 45 s.
                Map.of("REDRESS_FOLLOWUP_CHECK_IN_MAJOR", CHECK_IN_AFTER.toString(),
                        "KAFKA_SESSION_TIMEOUT_MS", "6000", "KAFKA_HEARTBEAT_INTERVAL_MS", "1000"),
                Map.of("intake", 0, "resolution", 0, "followup", 2, "analytics", 0)));
        kafka = new KafkaProbe(system.infrastructure().kafkaBootstrapServers());
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCheckInThatFellDueWhileFollowUpWasDown_isSentOnceAtStartUp_withOneNotification() {
        // First complaints on every partition wait until the two members have shared the partitions out (a member
        // joining makes the group stop for a rebalance).
        List<UUID> warmUps = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        warmUps.forEach(warmUp -> kafka.publishAll(resolvedComplaint(warmUp, Instant.now())));
        await().atMost(Duration.ofSeconds(120)).until(() -> warmUps.stream()
                .allMatch(warmUp -> sent(warmUp, "SATISFACTION_SURVEY").size() == 1));

        UUID id = UUID.randomUUID();
        List<EventEnvelope> events = resolvedComplaint(id, Instant.now());
        kafka.publishAll(events);
        await().atMost(Duration.ofSeconds(15)).until(() -> sent(id, "SATISFACTION_SURVEY").size() == 1);

        system.service("followup").kill();
        system.service("followup-2").kill();
        Instant due = events.getLast().event().occurredAt().plus(CHECK_IN_AFTER);
        await().atMost(CHECK_IN_AFTER.plusSeconds(10)).until(() -> Instant.now().isAfter(due.plusSeconds(2)));
        assertThat(sent(id, "CHECK_IN")).as("nothing is sent while follow-up is down").isEmpty();
        system.restart("followup");
        system.restart("followup-2");

        await().atMost(Duration.ofSeconds(60)).until(() -> sent(id, "CHECK_IN").size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> sent(id, "CHECK_IN").size() == 1);
        assertThat(notifications(id, "CHECK_IN")).hasSize(1);
        assertThat(notifications(id, "SATISFACTION_SURVEY")).hasSize(1);
        assertThat(kafka.readAll(Topics.COMPLAINT_EVENTS_DLQ)).isEmpty();
    }

    /** A complaint filed, assigned and resolved at {@code now}, as intake and resolution would tell follow-up. */
    private static List<EventEnvelope> resolvedComplaint(UUID id, Instant now) {
        EventEnvelope filed = EventEnvelope.first(new ComplaintFiled(id, now, "cust-" + id, null, Channel.EMAIL,
                "billing", Severity.MAJOR, "Charged twice", null, null, null, null, null, now, null, null, 0,
                List.of()), "/redress/intake");
        EventEnvelope assigned = EventEnvelope.causedBy(filed.metadata(), new ComplaintAssigned(id, now,
                "agent-chen", "billing-care", "LEAST_LOADED", null, null, null, "Chen Wei"), "/redress/resolution");
        EventEnvelope resolved = EventEnvelope.causedBy(assigned.metadata(), new ComplaintResolved(id, now,
                "agent-chen", new Remedy(RemedyType.REFUND, null, null), true, null, true, "Refunded"),
                "/redress/resolution");
        return List.of(filed, assigned, resolved);
    }

    private static List<ConsumerRecord<String, byte[]>> sent(UUID id, String kind) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id.toString()).stream()
                .filter(r -> SENT.equals(KafkaProbe.header(r, "ce_type")))
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"kind\":\"" + kind + "\""))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> notifications(UUID id, String kind) {
        return kafka.recordsWithKey(Topics.COMPLAINT_NOTIFICATIONS, id.toString()).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"kind\":\"" + kind + "\""))
                .toList();
    }
}

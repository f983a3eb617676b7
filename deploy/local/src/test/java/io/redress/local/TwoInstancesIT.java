package io.redress.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redress.embedded.BearerTokens;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of resolution-service on one database and one consumer group, from their built jar, through the
 * real broker: one is killed outright ({@code kill -9}) while 500 complaints stream in. Every complaint must be
 * assigned once, every SLA timer fired once (deterministic ids: a copy re-sent after the kill is one event), and
 * nothing dead-lettered.
 */
class TwoInstancesIT {

    private static final int COMPLAINTS = 500;
    private static final String ASSIGNED = "io.redress.complaint.ComplaintAssigned.v1";
    private static final String BREACHED = "io.redress.complaint.SlaBreached.v1";

    private static LocalSystem system;
    private static KafkaProbe kafka;
    private static Path dataDir;

    @BeforeAll
    static void startTwoResolutions() throws Exception {
        Path repo = Path.of(System.getProperty("redress.repo", "../..")).toAbsolutePath().normalize();
        dataDir = Files.createTempDirectory(repo.resolve("deploy/local/target"), "two-");
        JwtKeys.ensure(dataDir);
        int port = LocalSystem.freePort();
        // A killed member is noticed within seconds instead of Kafka's default 45 s.
        Map<String, String> environment = Map.of(
                "KAFKA_SESSION_TIMEOUT_MS", "6000",
                "KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        system = LocalSystem.start(new LocalSystem.Options(repo, dataDir, LocalSystem.freePort(),
                LocalSystem.freePort(), 3, Map.of("resolution", port), environment,
                Map.of("intake", 0, "resolution", 2, "followup", 0, "analytics", 0)));
        kafka = new KafkaProbe(system.infrastructure().kafkaBootstrapServers());
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void killingOneOfTwoInstancesMidStream_losesNothing_andAssignsAndBreachesEachComplaintOnce() {
        // Received two hours ago and CRITICAL (one hour to acknowledge): each clock is due the moment it starts.
        Instant receivedAt = Instant.now().minus(Duration.ofHours(2));
        List<UUID> ids = IntStream.range(0, COMPLAINTS).mapToObj(i -> UUID.randomUUID()).toList();
        List<EventEnvelope> filings = ids.stream().map(id -> EventEnvelope.first(new ComplaintFiled(id, receivedAt,
                "cust-" + id, null, Channel.CHAT, "network", Severity.CRITICAL, "No signal", null, null, null, null,
                null, receivedAt, null, null, 0, List.of()), "/redress/intake")).toList();

        kafka.publishAll(filings.subList(0, COMPLAINTS / 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> ofType(ASSIGNED).size() >= COMPLAINTS / 10);
        system.service("resolution").kill();
        kafka.publishAll(filings.subList(COMPLAINTS / 2, COMPLAINTS));

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(idsPerComplaint(ASSIGNED).keySet()).containsAll(ids.stream().map(UUID::toString).toList());
            assertThat(idsPerComplaint(BREACHED).keySet()).containsAll(ids.stream().map(UUID::toString).toList());
        });
        assertThat(idsPerComplaint(ASSIGNED).values()).allSatisfy(events -> assertThat(events).hasSize(1));
        assertThat(idsPerComplaint(BREACHED).values()).allSatisfy(events -> assertThat(events).hasSize(1));
        // Timers are claimed: only a round the killed instance had not committed (at most 200) may be fired again.
        assertThat(ofType(BREACHED)).hasSizeLessThanOrEqualTo(COMPLAINTS + 200);
        assertThat(kafka.readAll(Topics.COMPLAINT_EVENTS_DLQ)).isEmpty();

        system.restart("resolution");
        int assignments = ofType(ASSIGNED).size();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> ofType(ASSIGNED).size() == assignments);
        String survivor = system.service("resolution-2").baseUrl();
        for (UUID id : ids.subList(0, 50)) {
            given().auth().oauth2(token()).get(survivor + "/complaints/" + id).then().statusCode(200);
        }
    }

    /** Per complaint, the distinct event ids of one type on the log (a re-sent copy has its original's id). */
    private static Map<String, Set<String>> idsPerComplaint(String type) {
        Map<String, Set<String>> ids = new HashMap<>();
        ofType(type).forEach(r -> ids.computeIfAbsent(r.key(), k -> new HashSet<>()).add(KafkaProbe.header(r, "ce_id")));
        return ids;
    }

    private static List<ConsumerRecord<String, byte[]>> ofType(String type) {
        return kafka.readAll(Topics.COMPLAINT_EVENTS).stream()
                .filter(r -> type.equals(KafkaProbe.header(r, "ce_type"))).collect(Collectors.toList());
    }

    private static String token() {
        return BearerTokens.sign(JwtKeys.readPrivateKey(dataDir), JwtKeys.ISSUER, "it-supervisor",
                Set.of("supervisor"), Duration.ofMinutes(10));
    }
}

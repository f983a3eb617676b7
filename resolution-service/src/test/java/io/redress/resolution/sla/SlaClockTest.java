package io.redress.resolution.sla;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.redress.embedded.testing.MovableClock;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement SLA clock through the real broker and database: a durable timer, set by the first
 * assignment, fired once by the scheduler, stopped by the acknowledgement, and rebuilt from the log.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class SlaClockTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @AfterEach
    void putTheClockBack() {
        MovableClock.reset();
    }

    @Test
    void aClockThatFellDueBeforeItCouldRun_firesOneBreach_andARebuildDoesNotFireItAgain() {
        // Received five hours ago, MAJOR (four hours to acknowledge): due an hour before the service saw it.
        String id = assignedComplaint(Instant.now().minus(Duration.ofHours(5)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches(id)).hasSize(1));
        ConsumerRecord<String, byte[]> breach = breaches(id).getFirst();
        assertThat(KafkaProbe.value(breach)).contains("\"clock\":\"ACKNOWLEDGE\"");
        assertThat(KafkaProbe.header(breach, "ce_causationid")).isEqualTo(assignmentId(id));

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().body("state", equalTo("COMPLETED")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .untilAsserted(() -> assertThat(breaches(id)).hasSize(1));
    }

    @Test
    void acknowledgedInTime_stopsTheClock_soNoBreachFiresLater() {
        String id = assignedComplaint(Instant.now());
        as("supervisor").contentType(ContentType.JSON).body(Map.of("apologized", true, "message", "On it, sorry."))
                .post("/complaints/" + id + "/acknowledge").then().statusCode(200);

        MovableClock.advance(Duration.ofHours(5));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .untilAsserted(() -> assertThat(breaches(id)).isEmpty());
    }

    @Test
    void unacknowledged_breachesOnceTheClockRunsOut() {
        String id = assignedComplaint(Instant.now());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .untilAsserted(() -> assertThat(breaches(id)).isEmpty());

        double firedBefore = timersFired();
        MovableClock.advance(Duration.ofHours(5));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches(id)).hasSize(1));
        // Clocks other tests left running may fall due too: at least this one was counted.
        assertThat(timersFired() - firedBefore).isGreaterThanOrEqualTo(1.0);
    }

    /** {@code redress_timers_fired_total{name="sla-acknowledge"}}, from the service's own metrics. */
    private static double timersFired() {
        return as("operator").get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("redress_timers_fired_total{") && line.contains("sla-acknowledge"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String assignedComplaint(Instant receivedAt) {
        UUID id = UUID.randomUUID();
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.PHONE,
                "billing", Severity.MAJOR, "Charged twice", null, null, null, null, null, receivedAt, null, null, 0,
                List.of()), "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")));
        return id.toString();
    }

    private List<ConsumerRecord<String, byte[]>> breaches(String id) {
        return ofType(id, "io.redress.complaint.SlaBreached.v1");
    }

    private String assignmentId(String id) {
        return KafkaProbe.header(ofType(id, "io.redress.complaint.ComplaintAssigned.v1").getFirst(), "ce_id");
    }

    private List<ConsumerRecord<String, byte[]>> ofType(String id, String type) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> type.equals(KafkaProbe.header(r, "ce_type"))).toList();
    }
}

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
import io.redress.resolution.TestRoster;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA clocks through the real broker and database, with a moved clock: durable timers set by the first
 * assignment, fired once by the scheduler, stopped by the acknowledgement, rebuilt from the log; the escalation up
 * both levels; and a team's business hours across a weekend and a change to summer time.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class SlaClockTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private TestRoster roster;

    @BeforeEach
    void aRosterWithRoom() {
        roster = TestRoster.roomy(null);
    }

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

    @Test
    void aBreach_escalatesToTheTeamSupervisor_thenToTheHeadOfService_eachLevelOnce() {
        String id = assignedComplaint(Instant.now());

        MovableClock.advance(Duration.ofHours(5));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(escalations(id)).hasSize(1));
        assertThat(KafkaProbe.value(escalations(id).getFirst())).contains("\"level\":1")
                .contains("\"escalatedTo\":\"" + roster.id("sup-care") + "\"");
        as("supervisor").get("/complaints/" + id).then().body("escalationLevel", equalTo(1))
                .body("sla.acknowledge.met", equalTo(false));

        MovableClock.advance(Duration.ofHours(4).plusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(escalations(id)).hasSize(2));
        assertThat(KafkaProbe.value(escalations(id).get(1))).contains("\"level\":2")
                .contains("\"escalatedTo\":\"" + roster.id("head") + "\"");

        // The resolve clock (3 days) breaches too, but the complaint is at the top already.
        MovableClock.advance(Duration.ofDays(4));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches(id)).hasSize(2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(escalations(id)).hasSize(2));
        as("supervisor").get("/complaints/" + id).then().body("escalationLevel", equalTo(2))
                .body("sla.resolve.met", equalTo(false));
    }

    @Test
    void inBusinessHours_theClockSkipsTheWeekend_andCountsTheSpringForwardRight() {
        // Mon-Fri 09:00-17:00 in Berlin; clocks go forward on Sunday 28 March 2027.
        TestRoster office = TestRoster.roomy(Map.of("zone", "Europe/Berlin", "week", Map.of(
                "MONDAY", List.of("09:00-17:00"), "TUESDAY", List.of("09:00-17:00"),
                "WEDNESDAY", List.of("09:00-17:00"), "THURSDAY", List.of("09:00-12:30", "13:30-17:00"),
                "FRIDAY", List.of("09:00-17:00")), "holidays", List.of()));
        roster = office;
        // Friday 26 March 2027 16:00 CET: one hour on Friday, three on Monday: 12:00 CEST (10:00 UTC).
        String id = assignedComplaint(Instant.parse("2027-03-26T15:00:00Z"));
        String assignment = KafkaProbe.value(ofType(id, "io.redress.complaint.ComplaintAssigned.v1").getFirst());
        assertThat(assignment).contains("\"acknowledgeBy\":\"2027-03-29T10:00:00Z\"")
                // Three working days: Wednesday 31 March, 16:00 CEST.
                .contains("\"resolveBy\":\"2027-03-31T14:00:00Z\"");
        as("agent").get("/complaints/" + id).then().body("sla.acknowledge.dueAt", equalTo("2027-03-29T10:00:00Z"));

        MovableClock.advance(Duration.between(Instant.now(), Instant.parse("2027-03-29T09:58:00Z")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(breaches(id)).isEmpty());
        MovableClock.advance(Duration.ofMinutes(3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches(id)).hasSize(1));
        assertThat(KafkaProbe.value(breaches(id).getFirst())).contains("\"dueAt\":\"2027-03-29T10:00:00Z\"");
    }

    private List<ConsumerRecord<String, byte[]>> escalations(String id) {
        return ofType(id, "io.redress.complaint.ComplaintEscalated.v1");
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
                roster.id("billing"), Severity.MAJOR, "Charged twice", null, null, null, null, null, receivedAt, null, null, 0,
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

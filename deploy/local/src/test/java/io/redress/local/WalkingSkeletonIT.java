package io.redress.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.redress.embedded.BearerTokens;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as a user runs it: embedded Kafka and PostgreSQL, the four services as processes from their
 * built jars, checked over HTTP only.
 */
class WalkingSkeletonIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static LocalSystem.Options options;
    private static LocalSystem system;

    @BeforeAll
    static void startTheSystem() throws Exception {
        Path repo = Path.of(System.getProperty("redress.repo", "../..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory(repo.resolve("deploy/local/target"), "e2e-");
        options = new LocalSystem.Options(repo, dataDir, LocalSystem.freePort(), LocalSystem.freePort(), 3,
                Map.of("intake", LocalSystem.freePort(), "resolution", LocalSystem.freePort(),
                        "followup", LocalSystem.freePort(), "analytics", LocalSystem.freePort()),
                Map.of());
        system = LocalSystem.start(options);
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void complaint_flowsFromIntakeThroughResolutionToFollowUpAndAnalytics() {
        Instant day = Instant.parse("2026-01-05T00:00:00Z");

        String id = file("cust-flow", day.plusSeconds(9 * 3600));

        String owner = await().atMost(PATIENCE).until(() -> as("agent").get(url("resolution", "/complaints/" + id))
                .then().extract().path("ownerId"), notNullValue());
        as("agent").get(url("resolution", "/complaints/" + id)).then().body("status", equalTo("ASSIGNED"));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent")
                .get(url("followup", "/complaints/" + id + "/follow-ups"))
                .then().statusCode(200).body("stage", equalTo("ASSIGNED")).body("ownerId", equalTo(owner)));
        await().atMost(PATIENCE).untilAsserted(() -> as("analyst").get(url("analytics", summary(day))).then()
                .statusCode(200).body("filed", equalTo(1)).body("assigned", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent").get(url("intake", "/complaints/" + id)).then()
                .statusCode(200).body("customerId", equalTo("cust-flow")));

        // The owner acknowledges with a token whose subject is their id; no token, no answer.
        given().get(url("intake", "/complaints/" + id)).then().statusCode(401);
        as("agent").contentType(ContentType.JSON).body(Map.of("apologized", true, "message", "Sorry; on it."))
                .post(url("resolution", "/complaints/" + id + "/acknowledge")).then().statusCode(403);
        asSubject(owner, "agent").contentType(ContentType.JSON)
                .body(Map.of("apologized", true, "message", "Sorry; on it."))
                .post(url("resolution", "/complaints/" + id + "/acknowledge")).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));

        // The owner resolves it; follow-up sends the survey at once; an unhappy answer sends it back to work: resolution
        // reopens it in reaction to follow-up's SatisfactionRecorded.
        asSubject(owner, "agent").contentType(ContentType.JSON).body(Map.of("remedy", Map.of("type", "APOLOGY"),
                "fairSolutionAsked", false, "summary", "Explained the charge"))
                .post(url("resolution", "/complaints/" + id + "/resolve")).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent")
                .get(url("followup", "/complaints/" + id + "/follow-ups")).then().statusCode(200)
                .body("stage", equalTo("RESOLVED")).body("surveysSent", equalTo(1)));
        as("intake").contentType(ContentType.JSON).body(Map.of("score", 1, "ownershipTaken", false,
                "feltValued", false, "resolvedQuickly", false, "regretExpressed", true,
                "comment", "Nobody called me back"))
                .post(url("followup", "/complaints/" + id + "/satisfaction")).then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> as("agent").get(url("resolution", "/complaints/" + id)).then()
                .body("status", equalTo("REOPENED")).body("reopenCount", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent")
                .get(url("followup", "/complaints/" + id + "/follow-ups")).then().body("stage", equalTo("REOPENED"))
                .body("satisfaction.comment", equalTo("Nobody called me back")));

        // A supervisor erases the customer's personal data: gone from intake's answer, analytics' counts unchanged.
        as("agent").get(url("intake", "/complaints/" + id)).then().body("description", equalTo("Charged twice"));
        as("supervisor").delete(url("intake", "/customers/cust-flow/personal-data")).then().statusCode(200);
        as("agent").get(url("intake", "/complaints/" + id)).then().body("erased", equalTo(true))
                .body("description", nullValue());
        as("analyst").get(url("analytics", summary(day))).then().body("filed", equalTo(1))
                .body("assigned", equalTo(1));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent")
                .get(url("followup", "/complaints/" + id + "/follow-ups")).then()
                .body("satisfaction.comment", nullValue()).body("satisfaction.erased", equalTo(true)));

        // Whatever the four services wrote, a plain consumer of any topic never sees a customer's words.
        KafkaProbe kafka = new KafkaProbe(system.infrastructure().kafkaBootstrapServers());
        for (Topics.TopicSpec topic : Topics.all(1)) {
            assertThat(kafka.readAll(topic.name())).as(topic.name()).noneMatch(record -> record.value() != null
                    && (new String(record.value(), StandardCharsets.UTF_8).contains("Charged twice")
                    || new String(record.value(), StandardCharsets.UTF_8).contains("Nobody called me back")));
        }
    }

    @Test
    void restartingOneServiceOrTheWholeSystem_keepsTheSameCounts_andAssignsNothingTwice() {
        Instant day = Instant.parse("2026-02-10T00:00:00Z");
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> file("cust-restart-" + i, day.plusSeconds(3600L * i)))
                .toList();
        awaitCounts(day, 3, 3);

        system.restart("analytics");
        system.restart("resolution");
        awaitCounts(day, 3, 3);

        system.close();
        system = LocalSystem.start(options);
        awaitCounts(day, 3, 3);
        KafkaProbe kafka = new KafkaProbe(system.infrastructure().kafkaBootstrapServers());
        for (String id : ids) {
            assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                    .filter(r -> KafkaProbe.header(r, "ce_type").endsWith("ComplaintAssigned.v1"))
                    .map(r -> KafkaProbe.header(r, "ce_id")).distinct())
                    .as("distinct ComplaintAssigned events for %s", id).hasSize(1);
        }
    }

    @Test
    void aRepeatAfterIntakeWasKilledAndRestarted_isTheSameComplaint_throughEitherDoor() throws Exception {
        Instant day = Instant.parse("2026-04-20T00:00:00Z");
        Map<String, Object> body = Map.of("customerId", "cust-idem", "channel", "PHONE", "category", "billing",
                "description", "Billed twice in April", "receivedAt", day.plusSeconds(60).toString(),
                "externalRef", "crm-77");
        String id = as("intake").contentType(ContentType.JSON).header("Idempotency-Key", "idem-1").body(body)
                .post(url("intake", "/complaints")).then().statusCode(201).extract().path("complaintId");
        awaitCounts(day, 1, 1);

        system.restart("intake");

        as("intake").contentType(ContentType.JSON).header("Idempotency-Key", "idem-1").body(body)
                .post(url("intake", "/complaints")).then().statusCode(200).body("complaintId", equalTo(id));
        KafkaProbe kafka = new KafkaProbe(system.infrastructure().kafkaBootstrapServers());
        // The same system, as the e2e-intake token's subject names it, publishing the same body on the topic.
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        kafka.send(Topics.COMPLAINT_SUBMISSIONS, "cust-idem", json, Map.of("redress_client", "e2e-intake"));
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("externalRef", "crm-78");
        kafka.send(Topics.COMPLAINT_SUBMISSIONS, "cust-idem", new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsBytes(other), Map.of("redress_client", "e2e-intake"));

        // One key, one partition: once the second is filed, the first was read before it (a repeat, dropped).
        awaitCounts(day, 2, 2);
        assertThat(kafka.readAll(Topics.COMPLAINT_EVENTS).stream()
                .filter(r -> KafkaProbe.header(r, "ce_type").endsWith("ComplaintFiled.v1"))
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"crm-77\"")))
                .as("one ComplaintFiled for crm-77").hasSize(1);
        assertThat(kafka.readAll(Topics.COMPLAINT_SUBMISSIONS_DLQ)).isEmpty();
    }

    @Test
    void rebuildingEveryView_givesTheSameAnswers() {
        Instant day = Instant.parse("2026-03-15T00:00:00Z");
        String id = file("cust-rebuild", day.plusSeconds(600));
        awaitCounts(day, 1, 1);
        // Every view must have caught up before its answer is taken as the one a rebuild has to give again.
        await().atMost(PATIENCE).untilAsserted(() -> as("agent")
                .get(url("followup", "/complaints/" + id + "/follow-ups"))
                .then().statusCode(200).body("stage", equalTo("ASSIGNED")));
        // Received in March and filed now: history, so no SLA clock runs (nothing fires between the two answers).
        await().atMost(PATIENCE).untilAsserted(() -> as("agent").get(url("resolution", "/complaints/" + id)).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")).body("sla.acknowledge.dueAt", nullValue()));
        await().atMost(PATIENCE).untilAsserted(() -> as("agent").get(url("intake", "/complaints/" + id)).then()
                .statusCode(200));
        Map<String, String> before = Map.of(
                "intake", view("intake", "/complaints/" + id),
                "resolution", view("resolution", "/complaints/" + id),
                "followup", view("followup", "/complaints/" + id + "/follow-ups"),
                "analytics", view("analytics", summary(day)));

        for (String service : before.keySet()) {
            as("operator").post(url(service, "/admin/rebuild")).then().statusCode(202);
        }
        for (String service : before.keySet()) {
            await().atMost(PATIENCE).untilAsserted(() -> as("operator").get(url(service, "/admin/rebuild")).then()
                    .body("state", equalTo("COMPLETED")));
        }

        assertThat(Map.of(
                "intake", view("intake", "/complaints/" + id),
                "resolution", view("resolution", "/complaints/" + id),
                "followup", view("followup", "/complaints/" + id + "/follow-ups"),
                "analytics", view("analytics", summary(day)))).isEqualTo(before);
    }

    private static String file(String customer, Instant receivedAt) {
        Map<String, Object> body = Map.of("customerId", customer, "channel", "PHONE", "category", "billing",
                "severity", "MAJOR", "description", "Charged twice", "receivedAt", receivedAt.toString());
        return as("intake").contentType(ContentType.JSON).body(body).post(url("intake", "/complaints")).then()
                .statusCode(201).extract().path("complaintId");
    }

    private static void awaitCounts(Instant day, int filed, int assigned) {
        await().atMost(PATIENCE).untilAsserted(() -> as("analyst").get(url("analytics", summary(day))).then()
                .statusCode(200).body("filed", equalTo(filed)).body("assigned", equalTo(assigned)));
    }

    private static String summary(Instant day) {
        return "/analytics/summary?from=" + day + "&to=" + day.plus(Duration.ofDays(1)) + "&asOf=2100-01-01T00:00:00Z";
    }

    private static String view(String service, String path) {
        return as(roleFor(path)).get(url(service, path)).then().statusCode(200).extract().asString();
    }

    /** A request with a token of the local run's key, as the tests' own scripts would get from deploy/local/token. */
    private static RequestSpecification as(String role) {
        return asSubject("e2e-" + role, role);
    }

    private static RequestSpecification asSubject(String subject, String role) {
        return given().auth().oauth2(BearerTokens.sign(JwtKeys.readPrivateKey(options.dataDir()), JwtKeys.ISSUER,
                subject, Set.of(role), Duration.ofMinutes(30)));
    }

    private static String roleFor(String path) {
        return path.startsWith("/analytics/") ? "analyst" : "supervisor";
    }

    private static String url(String service, String path) {
        return system.service(service).baseUrl() + path;
    }
}

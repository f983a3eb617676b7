package io.redress.resolution.command;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.OpenApiCompleteness;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.resolution.TestRoster;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resolution's commands through the real broker and database: decided on resolution's own state by the one command
 * pipeline, races refused, each refusal answered with its status.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class CommandsTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private TestRoster roster;

    @BeforeEach
    void aRosterWithRoom() {
        roster = TestRoster.roomy(null);
    }

    @Test
    void twoRacingAcknowledgements_exactlyOneSucceeds_andTheOtherGets409NamingTheState() throws Exception {
        String id = assignedComplaint();
        String owner = ownerOf(id);
        Callable<Response> acknowledge = () -> given().auth().oauth2(TestTokens.forSubject(owner, "agent"))
                .contentType(ContentType.JSON)
                .body(Map.of("apologized", true, "message", "Sorry, I am on it.")).post(
                        "/complaints/" + id + "/acknowledge");

        List<Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Response> answer : pool.invokeAll(List.of(acknowledge, acknowledge))) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("is ACKNOWLEDGED");
        assertThat(refused.jsonPath().getString("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> "io.redress.complaint.ComplaintAcknowledged.v1".equals(KafkaProbe.header(r, "ce_type"))))
                .hasSize(1);
        as("agent").get("/complaints/" + id).then().body("status", equalTo("ACKNOWLEDGED"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                as("agent").get("/complaints/" + id).then().body("status", equalTo("ACKNOWLEDGED")));
    }

    @Test
    void unknownComplaint_gives404_andABodyWithoutMessage_gives400NamingIt() {
        as("agent").contentType(ContentType.JSON).body(Map.of("apologized", false, "message", "On it."))
                .post("/complaints/" + UUID.randomUUID() + "/acknowledge").then().statusCode(404);
        as("agent").contentType(ContentType.JSON).body(Map.of("apologized", false))
                .post("/complaints/" + UUID.randomUUID() + "/acknowledge").then().statusCode(400)
                .body("errors[0].field", equalTo("message"))
                .body("detail", containsString("message"));
    }

    @Test
    void aSupervisor_reassignsTheComplaint_theEventNamesThePreviousOwner_andOnlyTheNewOwnerMayActOnIt() {
        String id = assignedComplaint();
        String previous = ownerOf(id);

        as("supervisor").contentType(ContentType.JSON).body(Map.of("ownerId", "agent-zed"))
                .post("/complaints/" + id + "/assign").then().statusCode(200)
                .body("ownerId", equalTo("agent-zed")).body("team", equalTo(roster.id("care")))
                .body("status", equalTo("ASSIGNED"));

        await().atMost(Duration.ofSeconds(10)).until(() -> ofType(id, "ComplaintAssigned").size() == 2);
        assertThat(KafkaProbe.value(ofType(id, "ComplaintAssigned").get(1))).contains("\"rule\":\"MANUAL\"")
                .contains("\"previousOwnerId\":\"" + previous + "\"").contains("\"ownerId\":\"agent-zed\"");
        given().auth().oauth2(TestTokens.forSubject(previous, "agent")).contentType(ContentType.JSON)
                .body(Map.of("apologized", false, "message", "On it.")).post("/complaints/" + id + "/acknowledge")
                .then().statusCode(403).body("detail", containsString("owned by agent-zed"));
        given().auth().oauth2(TestTokens.forSubject("agent-zed", "agent")).contentType(ContentType.JSON)
                .body(Map.of("apologized", false, "message", "On it.")).post("/complaints/" + id + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                as("agent").get("/complaints/" + id).then().body("ownerId", equalTo("agent-zed")));
    }

    @Test
    void assign_isRefused_with404_400_and409_eachAsAProblemNamingWhatIsWrong() {
        String id = assignedComplaint();
        String owner = ownerOf(id);

        as("supervisor").contentType(ContentType.JSON).body(Map.of("ownerId", "agent-zed"))
                .post("/complaints/" + UUID.randomUUID() + "/assign").then().statusCode(404)
                .contentType("application/problem+json");
        as("supervisor").contentType(ContentType.JSON).body(Map.of("team", "x"))
                .post("/complaints/" + id + "/assign").then().statusCode(400)
                .body("errors[0].field", equalTo("ownerId"));
        as("supervisor").contentType(ContentType.JSON).body(Map.of("ownerId", owner))
                .post("/complaints/" + id + "/assign").then().statusCode(409)
                .body("state", equalTo("ASSIGNED")).body("detail", containsString("already owned by " + owner));
        assertThat(ofType(id, "ComplaintAssigned")).hasSize(1);
    }

    @Test
    void openApi_givesEveryOperationAnIdSummaryRolesProblemErrorsAndExamples() {
        assertThat(OpenApiCompleteness.assertEveryOperationComplete()).isEqualTo(13);
    }

    @Test
    void openApi_documentsTheCommandsWithEveryAnswer() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/complaints/{id}/acknowledge'.post.operationId", equalTo("acknowledgeComplaint"))
                .body("paths.'/complaints/{id}/acknowledge'.post.responses.keySet()",
                        hasItems("200", "400", "404", "409"))
                .body("paths.'/complaints/{id}/assign'.post.operationId", equalTo("assignComplaint"))
                .body("paths.'/complaints/{id}/assign'.post.responses.keySet()",
                        hasItems("200", "400", "403", "404", "409"))
                .body("paths.'/complaints/{id}'.get.operationId", equalTo("getResolutionComplaint"))
                .body("paths.'/complaints/{id}/resolve'.post.operationId", equalTo("resolveComplaint"))
                .body("paths.'/complaints/{id}/reopen'.post.responses.keySet()", hasItems("200", "400", "404", "409"))
                .body("paths.'/roster'.put.responses.keySet()", hasItems("200", "400", "412", "428"));
    }

    @Test
    void anAgentWhoDoesNotOwnTheComplaint_gets403NamingTheOwner_andNothingIsAppended() {
        String id = assignedComplaint();

        as("agent").contentType(ContentType.JSON).body(Map.of("apologized", false, "message", "On it."))
                .post("/complaints/" + id + "/acknowledge").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("owned by " + ownerOf(id)));

        as("agent").get("/complaints/" + id).then().body("status", equalTo("ASSIGNED"));
        assertThat(acknowledgementsOf(id)).isEmpty();
    }

    @Test
    void aSupervisor_acknowledgesSomeoneElsesComplaint_andTheEventRecordsWhoActed() {
        String id = assignedComplaint();

        given().auth().oauth2(TestTokens.forSubject("sup-okafor", "supervisor")).contentType(ContentType.JSON)
                .body(Map.of("apologized", true, "message", "Sorry; I am taking this on for the team."))
                .post("/complaints/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));

        await().atMost(Duration.ofSeconds(10)).until(() -> acknowledgementsOf(id).size() == 1);
        assertThat(KafkaProbe.value(acknowledgementsOf(id).getFirst()))
                .contains("\"actedBy\":\"sup-okafor\"").contains("\"ownerId\":\"" + ownerOf(id) + "\"");
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        String path = "/complaints/" + assignedComplaint();
        TestTokens.assertAccess("GET", path, Set.of("agent", "supervisor"));
        TestTokens.assertAccess("POST", path + "/acknowledge", Set.of("agent", "supervisor"));
        TestTokens.assertAccess("POST", path + "/assign", Set.of("supervisor"));
        TestTokens.assertAccess("POST", path + "/resolve", Set.of("agent", "supervisor"));
        TestTokens.assertAccess("POST", path + "/reopen", Set.of("agent", "supervisor"));
        TestTokens.assertAccess("GET", "/roster", Set.of("supervisor"));
        TestTokens.assertAccess("PUT", "/roster", Set.of("supervisor"));
        TestTokens.assertAccess("PUT", "/owners/test-agent/availability", Set.of("agent", "supervisor"));
        TestTokens.assertAccess("GET", "/owners/test-agent/queue", Set.of("agent", "supervisor"));
        TestTokens.assertAccess("GET", "/queues/unassigned", Set.of("supervisor"));
        TestTokens.assertAccess("GET", "/teams/" + roster.id("care") + "/workload", Set.of("supervisor"));
        TestTokens.assertAccess("GET", "/admin/rebuild", Set.of("operator"));
        TestTokens.assertAccess("GET", "/q/metrics", Set.of("operator"));
        given().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(TestTokens.forged("operator")).get("/q/health/ready").then().statusCode(200);
    }

    private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> acknowledgementsOf(String id) {
        return ofType(id, "ComplaintAcknowledged");
    }

    private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ofType(String id, String type) {
        return kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> ("io.redress.complaint." + type + ".v1").equals(KafkaProbe.header(r, "ce_type")))
                .toList();
    }

    private static String ownerOf(String id) {
        return as("supervisor").get("/complaints/" + id).then().statusCode(200).extract().path("ownerId");
    }

    private String assignedComplaint() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-05T08:00:00Z");
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, at, "cust-" + id, null, Channel.EMAIL, roster.id("billing"),
                Severity.MAJOR, "Charged twice", null, null, null, null, null, at, null, null, 0, List.of()),
                "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")));
        return id.toString();
    }
}

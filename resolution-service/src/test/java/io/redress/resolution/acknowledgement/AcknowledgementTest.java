package io.redress.resolution.acknowledgement;

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
import io.redress.embedded.testing.RedressTestInfrastructure;
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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Acknowledging through the real broker and database: decided on resolution's own state, races refused. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class AcknowledgementTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void twoRacingAcknowledgements_exactlyOneSucceeds_andTheOtherGets409NamingTheState() throws Exception {
        String id = assignedComplaint();
        Callable<Response> acknowledge = () -> given().contentType(ContentType.JSON)
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
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> "io.redress.complaint.ComplaintAcknowledged.v1".equals(KafkaProbe.header(r, "ce_type"))))
                .hasSize(1);
        given().get("/complaints/" + id).then().body("status", equalTo("ACKNOWLEDGED"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get("/complaints/" + id).then().body("status", equalTo("ACKNOWLEDGED")));
    }

    @Test
    void unknownComplaint_gives404_andABodyWithoutMessage_gives400NamingIt() {
        given().contentType(ContentType.JSON).body(Map.of("apologized", false, "message", "On it."))
                .post("/complaints/" + UUID.randomUUID() + "/acknowledge").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("apologized", false))
                .post("/complaints/" + UUID.randomUUID() + "/acknowledge").then().statusCode(400)
                .body("errors[0].field", equalTo("message"))
                .body("detail", containsString("message"));
    }

    @Test
    void openApi_documentsTheCommandWithEveryAnswer() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/complaints/{id}/acknowledge'.post.operationId", equalTo("acknowledgeComplaint"))
                .body("paths.'/complaints/{id}/acknowledge'.post.responses.keySet()",
                        hasItems("200", "400", "404", "409"))
                .body("paths.'/complaints/{id}'.get.operationId", equalTo("getResolutionComplaint"));
    }

    private String assignedComplaint() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-05T08:00:00Z");
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, at, "cust-" + id, null, Channel.EMAIL, "billing",
                Severity.MAJOR, "Charged twice", null, null, null, null, null, at, null, null, 0, List.of()),
                "/redress/intake"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/complaints/" + id).then()
                .statusCode(200).body("status", equalTo("ASSIGNED")));
        return id.toString();
    }
}

package io.redress.intake.contacts;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ContactLogged;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Further contacts and the timeline, through the real broker and database. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class ContactsTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    private static String customer() {
        return "contacts-" + UUID.randomUUID();
    }

    /** Files a complaint and waits until intake's view has it. */
    private static String filed(String customer) {
        String id = as("intake").contentType(ContentType.JSON).body(Map.of("customerId", customer,
                        "channel", "EMAIL", "category", "billing", "description", "Charged twice",
                        "receivedAt", "2026-11-20T09:00:00Z"))
                .post("/complaints").then().statusCode(201).extract().path("complaintId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200));
        return id;
    }

    private static io.restassured.response.Response contact(String id, String channel, String note) {
        return as("agent").contentType(ContentType.JSON).body(Map.of("channel", channel, "note", note))
                .post("/complaints/" + id + "/contacts");
    }

    @Test
    void aContact_isCountedAndShownInTheTimeline_withItsNote_andItsNoteIsEncryptedOnTheLog() {
        String id = filed(customer());

        contact(id, "PHONE", "Still charged twice, called again").then()
                .statusCode(201).body("contactCount", equalTo(2)).body("complaintId", equalTo(id));

        as("agent").get("/complaints/" + id).then().statusCode(200)
                .body("contactCount", equalTo(2))
                .body("status", equalTo("FILED"))
                .body("timeline.type", contains("ComplaintFiled", "ContactLogged"))
                .body("timeline[1].channel", equalTo("PHONE"))
                .body("timeline[1].note", equalTo("Still charged twice, called again"));
        ContactLogged logged = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(r -> "io.redress.complaint.ContactLogged.v1".equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> (ContactLogged) new EventCodec().decode(KafkaProbe.header(r, "ce_type"), r.value())
                        .orElseThrow())
                .findFirst().orElseThrow();
        assertThat(logged.contactCount()).isEqualTo(2);
        assertThat(logged.note()).startsWith("redress-enc:v1:").doesNotContain("charged");
    }

    @Test
    void parallelContacts_areCountedOnceEach() throws Exception {
        String id = filed(customer());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> counts = IntStream.range(0, 8).mapToObj(i -> callers.submit(() ->
                    contact(id, "CHAT", "chasing " + i).then().statusCode(201).extract().<Integer>path(
                            "contactCount"))).toList();
            List<Integer> seen = new java.util.ArrayList<>();
            for (Future<Integer> count : counts) {
                seen.add(count.get());
            }
            assertThat(seen).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
        } finally {
            callers.shutdown();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("contactCount", equalTo(9)));
    }

    @Test
    void unknownComplaint_is404_andAClosedOne_409NamingItsStatus_andABadBody_400() {
        contact(UUID.randomUUID().toString(), "PHONE", "hello?").then().statusCode(404)
                .contentType("application/problem+json");
        String id = filed(customer());
        as("agent").contentType(ContentType.JSON).body(Map.of("channel", "PIGEON")).post("/complaints/" + id
                + "/contacts").then().statusCode(400).contentType("application/problem+json");

        kafka.publish(EventEnvelope.first(new ComplaintClosed(UUID.fromString(id), Instant.now(),
                ClosureOutcome.SATISFIED), "/test"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("status", equalTo("CLOSED")));

        contact(id, "PHONE", "one more thing").then().statusCode(409)
                .contentType("application/problem+json")
                .body("state", equalTo("CLOSED"))
                .body("detail", containsString("closed"));
    }

    @Test
    void theTimeline_showsOtherServicesSteps_oldestFirst_andTheOwner() {
        String id = filed(customer());
        UUID complaint = UUID.fromString(id);
        Instant at = Instant.now();
        kafka.publish(EventEnvelope.first(new ComplaintAssigned(complaint, at.plusSeconds(1), "emp-9", "care",
                "LEAST_LOADED", null), "/redress/resolution"));
        contact(id, "EMAIL", "any news?").then().statusCode(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("timeline.type", contains("ComplaintFiled", "ContactLogged", "ComplaintAssigned"))
                .body("status", equalTo("ASSIGNED"))
                .body("ownerId", equalTo("emp-9"))
                .body("timeline[2].actor", equalTo("emp-9")));
    }

    @Test
    void erasure_makesContactNotesUnreadable_alsoAfterARebuild() {
        String customer = customer();
        String id = filed(customer);
        contact(id, "PHONE", "My new address is 1 Main St").then().statusCode(201);

        as("supervisor").delete("/customers/" + customer + "/personal-data").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .body("erased", equalTo(true))
                .body("timeline[1].type", equalTo("ContactLogged"))
                .body("timeline[1].note", nullValue()));
        as("operator").queryParam("readModel", "timeline").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .body("state", equalTo("COMPLETED")));
        as("agent").get("/complaints/" + id).then()
                .body("timeline.type", contains("ComplaintFiled", "ContactLogged"))
                .body("timeline[1].note", nullValue());
    }
}
